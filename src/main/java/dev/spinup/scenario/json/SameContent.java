package dev.spinup.scenario.json;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** Structural equality of two trees, ignoring positions and paths; iterative, so any depth is safe. */
final class SameContent {

    private SameContent() {
    }

    static boolean test(JsonNode first, JsonNode second) {
        Deque<JsonNode[]> pending = new ArrayDeque<>();
        pending.push(new JsonNode[] {first, second});
        while (!pending.isEmpty()) {
            JsonNode[] pair = pending.pop();
            JsonNode a = pair[0];
            JsonNode b = pair[1];
            if (a instanceof ObjectNode oa && b instanceof ObjectNode ob) {
                List<ObjectNode.Member> ma = oa.members();
                List<ObjectNode.Member> mb = ob.members();
                if (ma.size() != mb.size()) {
                    return false;
                }
                for (int i = 0; i < ma.size(); i++) {
                    if (!ma.get(i).key().equals(mb.get(i).key())) {
                        return false;
                    }
                    pending.push(new JsonNode[] {ma.get(i).value(), mb.get(i).value()});
                }
            } else if (a instanceof ArrayNode aa && b instanceof ArrayNode ab) {
                if (aa.elements().size() != ab.elements().size()) {
                    return false;
                }
                for (int i = 0; i < aa.elements().size(); i++) {
                    pending.push(new JsonNode[] {aa.elements().get(i), ab.elements().get(i)});
                }
            } else if (!sameScalar(a, b)) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameScalar(JsonNode a, JsonNode b) {
        if (a instanceof StringNode sa && b instanceof StringNode sb) {
            return sa.value().equals(sb.value());
        }
        if (a instanceof NumberNode na && b instanceof NumberNode nb) {
            // compareTo looks at the adjusted exponents first, so even 1e999999999 against 1 is cheap
            return na.literal().equals(nb.literal()) || na.decimal().compareTo(nb.decimal()) == 0;
        }
        if (a instanceof BooleanNode ba && b instanceof BooleanNode bb) {
            return ba.value() == bb.value();
        }
        return a instanceof NullNode && b instanceof NullNode;
    }
}
