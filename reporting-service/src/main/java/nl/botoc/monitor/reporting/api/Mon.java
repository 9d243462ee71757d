package nl.botoc.monitor.reporting.api;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import nl.botoc.monitor.contract.monitoring.Direction;
import nl.botoc.monitor.contract.monitoring.GoalLevel;

/**
 * The texts about goals, progress and monitoring quality, in Dutch (here) and English (messages/mon_en.properties);
 * templates use them as {@code {mon:key}}. Apart from {@link Msg} so that neither grows unreadable.
 */
@MessageBundle(value = "mon", locale = "nl")
public interface Mon {

    // --- Monitoring page and sections
    @Message("Monitoring van doelen en voortgang")
    String title();

    @Message("Welke interventies hebben een meetbaar doel en rapporteren hun voortgang? Het rapport vond dat doelen vaak te hoog gegrepen zijn, zelden op meerdere niveaus gesteld worden en dat de monitoring ongelijk gebeurt (hoofdstuk 4 en 5.3).")
    String intro();

    @Message("Aandelen")
    String shares();

    @Message("Noemer van beide aandelen: de interventies in de praktijk waarvan de praktijkscan de monitoring heeft beoordeeld. Meetbaar doel: minstens één doel op outputniveau met een indicator met eenheid en streefwaarde. Recente rapportage: minstens eenmaal voortgang gerapporteerd en op de peildatum niet stil (stil: meer dan {days} dagen geen rapportage).")
    String denominator(int days);

    @Message("Monitoring per gemeente en landelijk")
    String sharesCaption();

    @Message("Landelijk")
    String national();

    @Message("In de praktijk")
    String inPractice();

    @Message("Nog niet beoordeeld")
    String notAssessed();

    @Message("Noemer")
    String denominatorColumn();

    @Message("Met meetbaar outputdoel")
    String withMeasurableGoals();

    @Message("Met recente rapportage")
    String withRecentReport();

    @Message("{part} van {whole} ({percent})")
    String share(int part, int whole, String percent);

    @Message("Vraagt aandacht")
    String attention();

    @Message("Geplande interventies en interventies in de praktijk waarvan de monitoring tekortschiet, met de reden. De redenen staan in het Nederlands.")
    String attentionIntro();

    @Message("Interventies die aandacht vragen, met de redenen")
    String attentionCaption();

    @Message("Redenen")
    String reasons();

    @Message("Geen interventie vraagt aandacht.")
    String noAttention();

    @Message("Monitoring van {name}")
    String municipalityTitle(String name);

    // --- Intervention: goals and progress
    @Message("Doelen en voortgang")
    String goalsAndProgress();

    @Message("Deze interventie heeft (op deze peildatum) geen meetbare doelen.")
    String noGoals();

    @Message("Niveau")
    String level();

    @Message("Eenheid")
    String unit();

    @Message("Richting")
    String direction();

    @Message("Nulmeting")
    String baseline();

    @Message("{value} op {date}")
    String baselineValue(String value, String date);

    @Message("Meting")
    String measurement();

    @Message("Streefwaarde en gemeten waarde per periode van '{name}'")
    String chartTitle(String name);

    @Message("Staafdiagram met per periode de streefwaarde (omlijnd) en de gemeten waarde (gevuld); de stippellijn is de nulmeting. Dezelfde cijfers staan in de tabel ernaast.")
    String chartDescription();

    @Message("Streefwaarde en gemeten waarde per periode van '{name}' ({unit})")
    String tableCaption(String name, String unit);

    @Message("Periode")
    String period();

    @Message("Streefwaarde")
    String target();

    @Message("Gemeten")
    String actual();

    @Message("Gerapporteerd")
    String reportedOn();

    @Message("Gehaald")
    String reached();

    @Message("Monitoring")
    String quality();

    @Message("Nog niet beoordeeld: de praktijkscan van deze stand zegt nog niets over de monitoring.")
    String qualityNotAssessed();

    @Message("Geen aandachtspunten.")
    String qualityGood();

    @Message("Laatste voortgangsrapportage")
    String lastReport();

    @Message("nog geen")
    String noReportYet();

    // --- Values
    @Message("{#if level}{#when level}{#is OUTPUT}output{#is OUTCOME}outcome{#is IMPACT}impact{/when}{#else}–{/if}")
    String levelOf(GoalLevel level);

    @Message("{#if direction}{#when direction}{#is HIGHER_IS_BETTER}hoger is beter{#is LOWER_IS_BETTER}lager is beter{/when}{#else}–{/if}")
    String directionOf(Direction direction);

    @Message("{#if reached == null}–{#else if reached}ja{#else}nee{/if}")
    String reachedOf(Boolean reached);
}
