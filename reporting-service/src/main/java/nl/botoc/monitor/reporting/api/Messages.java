package nl.botoc.monitor.reporting.api;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The page texts in one language, for Java code; templates reach the same texts as {@code {msg:key}}. */
final class Messages {

    private Messages() {
    }

    static Msg in(Language language) {
        return language == Language.NL
                ? MessageBundles.get(Msg.class)
                : MessageBundles.get(Msg.class, Localized.Literal.of(language.code()));
    }
}
