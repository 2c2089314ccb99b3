package org.partnercoach.config;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.model.LevelModel;
import ch.qos.logback.classic.model.LoggerModel;
import ch.qos.logback.classic.model.RootLoggerModel;
import ch.qos.logback.classic.model.processor.LevelModelHandler;
import ch.qos.logback.classic.model.processor.LoggerModelHandler;
import ch.qos.logback.classic.model.processor.RootLoggerModelHandler;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.model.ImplicitModel;
import ch.qos.logback.core.model.Model;
import ch.qos.logback.core.model.processor.DefaultProcessor;
import ch.qos.logback.core.model.processor.ImplicitModelHandler;
import ch.qos.logback.core.model.processor.ModelHandlerException;
import ch.qos.logback.core.model.processor.ModelInterpretationContext;
import ch.qos.logback.core.status.ErrorStatus;

/**
 * Logback's own reader, except that a level it does not know is an error: Logback reads {@code level="WARNN"} as
 * DEBUG without a word, and the log fills with debug lines. The same holds for a logger's or the root's level, a
 * {@code <level>} element under them, and a {@code <level>} given to a filter (a ThresholdFilter's or LevelFilter's).
 */
final class LevelCheckingConfigurator extends JoranConfigurator {
    @Override
    protected void addModelHandlerAssociations(DefaultProcessor processor) {
        super.addModelHandlerAssociations(processor);
        processor.addHandler(RootLoggerModel.class, (context, mic) -> new CheckedRoot(context));
        processor.addHandler(LoggerModel.class, (context, mic) -> new CheckedLogger(context));
        processor.addHandler(LevelModel.class, (context, mic) -> new CheckedLevel(context));
        processor.addHandler(ImplicitModel.class, (context, mic) -> new CheckedProperty(context, mic));
    }

    @Override
    protected JoranConfigurator makeAnotherInstance() {
        LevelCheckingConfigurator another = new LevelCheckingConfigurator();
        another.setContext(context);
        return another;
    }

    /** A handler of an element that sets a level, which reports a level Logback does not know. */
    interface LevelCheck {
        /** The level {@code written} (before {@code ${...}} is filled in) stands for, when Logback does not know it. */
        default String unknown(ModelInterpretationContext mic, String written) {
            if (written == null) {
                return null;
            }
            String level = mic.subst(written);
            if (level == null || level.isBlank() || Level.toLevel(level, null) != null
                    || level.strip().equalsIgnoreCase("INHERITED") || level.strip().equalsIgnoreCase("NULL")) {
                return null;
            }
            return level.strip();
        }

        static String problem(String element, String level) {
            return element + " names the level \"" + level + "\", which Logback does not know (it would log at DEBUG "
                    + "instead); write TRACE, DEBUG, INFO, WARN, ERROR or OFF";
        }
    }

    private static final class CheckedRoot extends RootLoggerModelHandler implements LevelCheck {
        CheckedRoot(ch.qos.logback.core.Context context) {
            super(context);
        }

        @Override
        public void handle(ModelInterpretationContext mic, Model model) throws ModelHandlerException {
            String written = ((RootLoggerModel) model).getLevel();
            String level = unknown(mic, written);
            if (level != null) {
                addError(LevelCheck.problem("<root level=\"" + written + "\">", level));
            }
            super.handle(mic, model);
        }
    }

    private static final class CheckedLogger extends LoggerModelHandler implements LevelCheck {
        CheckedLogger(ch.qos.logback.core.Context context) {
            super(context);
        }

        @Override
        public void handle(ModelInterpretationContext mic, Model model) throws ModelHandlerException {
            LoggerModel logger = (LoggerModel) model;
            String level = unknown(mic, logger.getLevel());
            if (level != null) {
                addError(LevelCheck.problem("<logger name=\"" + logger.getName() + "\" level=\"" + logger.getLevel()
                        + "\">", level));
            }
            super.handle(mic, model);
        }
    }

    /**
     * A property set by a nested element; a {@code <level>} of a filter (or another component) is checked. Its own
     * problems (an unknown property) keep Logback's reading, so only the level's is reported as a level's.
     */
    private static final class CheckedProperty extends ImplicitModelHandler {
        private final LevelCheck check = new LevelCheck() { };

        CheckedProperty(ch.qos.logback.core.Context context, ModelInterpretationContext mic) {
            super(context, mic.getBeanDescriptionCache());
        }

        @Override
        public void handle(ModelInterpretationContext mic, Model model) {
            String written = model.getBodyText();
            String level = "level".equalsIgnoreCase(model.getTag()) ? check.unknown(mic, written) : null;
            if (level != null) {
                Object of = mic.peekObject();
                String element = of instanceof Filter<?> ? "filter" : of instanceof TurboFilter ? "turboFilter"
                        : null;
                String in = of == null ? "" : element == null ? " in " + of.getClass().getName()
                        : " in <" + element + " class=\"" + of.getClass().getName() + "\">";
                addStatus(new ErrorStatus(LevelCheck.problem("<" + model.getTag() + ">" + written.strip() + "</"
                        + model.getTag() + ">" + in, level), check));
            }
            super.handle(mic, model);
        }
    }

    private static final class CheckedLevel extends LevelModelHandler implements LevelCheck {
        CheckedLevel(ch.qos.logback.core.Context context) {
            super(context);
        }

        @Override
        public void handle(ModelInterpretationContext mic, Model model) throws ModelHandlerException {
            String written = ((LevelModel) model).getValue();
            String level = unknown(mic, written);
            if (level != null) {
                String of = mic.peekObject() instanceof ch.qos.logback.classic.Logger logger
                        && !logger.getName().equals(org.slf4j.Logger.ROOT_LOGGER_NAME)
                        ? "<logger name=\"" + logger.getName() + "\">" : "<root>";
                addError(LevelCheck.problem("<level value=\"" + written + "\"> in " + of, level));
            }
            super.handle(mic, model);
        }
    }
}
