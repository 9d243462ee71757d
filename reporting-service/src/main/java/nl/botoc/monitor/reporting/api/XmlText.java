package nl.botoc.monitor.reporting.api;

/**
 * Text that XML 1.0 can carry. The DOM escapes markup characters itself, but a control character (e.g. U+0001 pasted
 * into a name) has no escape in XML 1.0 and would make the whole document unreadable: it is left out.
 */
final class XmlText {

    private XmlText() {
    }

    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(XmlText::allowed).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** The Char production of XML 1.0. */
    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
