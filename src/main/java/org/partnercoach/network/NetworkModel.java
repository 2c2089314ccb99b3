package org.partnercoach.network;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partnercoach.partners.PartnerHistory;
import org.partnercoach.partners.Stage;

/**
 * The coalition's network as a graph: members and partners are nodes; an edge joins a member to a partner they
 * look after, know someone at, asked an introduction to, or touched in the window. What the map draws and the
 * figures count; public so checks can compare it with the picture.
 */
public record NetworkModel(List<Node> nodes, List<Edge> edges) {

    public enum NodeType { MEMBER, PARTNER }

    /**
     * @param key         "m:<user id>" or "p:<partner id>"
     * @param label       a partner's name; a member's mention, or words for one the platform could not name
     * @param touchpoints a partner's touchpoints in the window (its size on the map)
     * @param degree      how many distinct nodes it is linked to
     */
    public record Node(String key, NodeType type, long id, String label, String sector, Stage stage,
                       int touchpoints, int degree) {
    }

    /** One member-partner pair and every way they are tied. */
    public record Edge(String member, String partner, Set<PartnerHistory.LinkKind> kinds) {
    }

    public NetworkModel {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    static NetworkModel of(PartnerHistory.Network network) {
        Map<String, Set<PartnerHistory.LinkKind>> pairs = new LinkedHashMap<>();
        for (PartnerHistory.Link l : network.links()) {
            if (l.userId() == 0) {
                continue;
            }
            pairs.computeIfAbsent(memberKey(l.userId()) + "|" + partnerKey(l.partnerId()),
                    k -> EnumSet.noneOf(PartnerHistory.LinkKind.class)).add(l.kind());
        }
        List<Edge> edges = new ArrayList<>();
        Map<String, Integer> degree = new HashMap<>();
        pairs.forEach((pair, kinds) -> {
            String[] ends = pair.split("\\|");
            edges.add(new Edge(ends[0], ends[1], Collections.unmodifiableSet(kinds)));
            degree.merge(ends[0], 1, Integer::sum);
            degree.merge(ends[1], 1, Integer::sum);
        });
        List<Node> nodes = new ArrayList<>();
        for (PartnerHistory.PartnerAt p : network.partners()) {
            String key = partnerKey(p.partner().id());
            nodes.add(new Node(key, NodeType.PARTNER, p.partner().id(), p.partner().name(), p.partner().sector(),
                    p.stage(), p.touchpoints(), degree.getOrDefault(key, 0)));
        }
        for (long member : network.members()) {
            String key = memberKey(member);
            nodes.add(new Node(key, NodeType.MEMBER, member, "<@" + member + ">", null, null, 0,
                    degree.getOrDefault(key, 0)));
        }
        return new NetworkModel(nodes, edges);
    }

    /**
     * The network without these members: their nodes and their ties gone, and each other node's count of ties as it
     * is without them (a partner that rested on one of them alone is tied to nobody now).
     */
    NetworkModel without(Set<Long> memberIds) {
        Set<String> gone = new java.util.HashSet<>();
        memberIds.forEach(id -> gone.add(memberKey(id)));
        List<Edge> kept = edges.stream().filter(e -> !gone.contains(e.member())).toList();
        Map<String, Integer> degree = new HashMap<>();
        kept.forEach(e -> {
            degree.merge(e.member(), 1, Integer::sum);
            degree.merge(e.partner(), 1, Integer::sum);
        });
        List<Node> left = nodes.stream().filter(n -> !gone.contains(n.key()))
                .map(n -> new Node(n.key(), n.type(), n.id(), n.label(), n.sector(), n.stage(), n.touchpoints(),
                        degree.getOrDefault(n.key(), 0)))
                .toList();
        return new NetworkModel(left, kept);
    }

    /** The same network with these members labelled {@code label} instead of their mention. */
    NetworkModel relabelled(Set<Long> memberIds, String label) {
        return new NetworkModel(nodes.stream().map(n -> n.type() == NodeType.MEMBER && memberIds.contains(n.id())
                ? new Node(n.key(), n.type(), n.id(), label, n.sector(), n.stage(), n.touchpoints(), n.degree())
                : n).toList(), edges);
    }

    static String memberKey(long userId) {
        return "m:" + userId;
    }

    static String partnerKey(long partnerId) {
        return "p:" + partnerId;
    }

    public List<Node> partners() {
        return nodes.stream().filter(n -> n.type() == NodeType.PARTNER).toList();
    }

    public List<Node> members() {
        return nodes.stream().filter(n -> n.type() == NodeType.MEMBER).toList();
    }

    /** Partners tied to the coalition through one member or none: lose that person and the tie is gone. */
    public List<Node> fragile() {
        return partners().stream().filter(n -> n.degree() <= 1).toList();
    }

    /** Members who look after, know or touched no partner. */
    public List<Node> membersWithoutPartner() {
        return members().stream().filter(n -> n.degree() == 0).toList();
    }
}
