package org.tongban.feedback.web;

import java.util.List;
import java.util.Map;

/** The XML of GeoReport v2: a root element holding one element per item, one child per field (nulls empty). */
final class Xml {

    private Xml() {
    }

    static String list(String root, String element, List<Map<String, Object>> items) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<").append(root).append('>');
        for (Map<String, Object> item : items) {
            xml.append('<').append(element).append('>');
            item.forEach((name, value) -> {
                xml.append('<').append(name).append('>');
                if (value != null) {
                    escape(String.valueOf(value), xml);
                }
                xml.append("</").append(name).append('>');
            });
            xml.append("</").append(element).append('>');
        }
        return xml.append("</").append(root).append(">\n").toString();
    }

    private static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
    }
}
