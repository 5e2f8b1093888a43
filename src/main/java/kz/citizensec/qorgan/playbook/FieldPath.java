package kz.citizensec.qorgan.playbook;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;

/** Converts between JSON pointers ({@code /steps/3/when}) and the field paths shown to editors ({@code steps[3].when}). */
final class FieldPath {

    private FieldPath() {}

    static String pointer(List<JsonMappingException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            out.append('/');
            if (reference.getFieldName() != null) {
                out.append(escape(reference.getFieldName()));
            } else if (reference.getIndex() >= 0) {
                out.append(reference.getIndex());
            }
        }
        return out.toString();
    }

    /** {@code /steps/3/when/any/0} becomes {@code steps[3].when.any[0]}. */
    static String display(String pointer) {
        StringBuilder out = new StringBuilder();
        if (pointer.isEmpty()) {
            return "";
        }
        for (String segment : pointer.substring(1).split("/", -1)) {
            String name = unescape(segment);
            if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
                out.append('[').append(name).append(']');
            } else {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(name);
            }
        }
        return out.toString();
    }

    /** Appends one key or index to a pointer. */
    static String child(String pointer, Object segment) {
        return pointer + "/" + escape(String.valueOf(segment));
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static String unescape(String segment) {
        return segment.replace("~1", "/").replace("~0", "~");
    }
}
