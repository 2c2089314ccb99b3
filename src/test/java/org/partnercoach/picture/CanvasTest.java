package org.partnercoach.picture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Pictures are drawn without touching the disk")
class CanvasTest {

    @Test
    @DisplayName("a chart is still drawn when the temp folder has gone (a container's /tmp), as no cache file is used")
    void noTempFileNeeded(@TempDir Path dir) throws Exception {
        Path gone = Files.createDirectory(dir.resolve("tmp"));
        File before = ImageIO.getCacheDirectory();
        ImageIO.setCacheDirectory(gone.toFile());
        Files.delete(gone);
        try {
            byte[] png = Canvas.png(400, 200, "Partners by stage", 40, g -> g.drawLine(10, 100, 390, 100));

            var image = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(image.getWidth()).isEqualTo(400);
            assertThat(image.getHeight()).isEqualTo(200);
        } finally {
            ImageIO.setCacheDirectory(before);
        }
    }
}
