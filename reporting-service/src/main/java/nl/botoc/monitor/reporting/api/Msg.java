package nl.botoc.monitor.reporting.api;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import nl.botoc.monitor.contract.Approach;
import nl.botoc.monitor.contract.EventType;
import nl.botoc.monitor.contract.EvidenceLevel;
import nl.botoc.monitor.contract.LifecycleStatus;
import nl.botoc.monitor.contract.Origin;
import nl.botoc.monitor.contract.TargetedFactor;
import nl.botoc.monitor.contract.evidence.EvidenceClass;
import nl.botoc.monitor.reporting.domain.ClassificationStep.Aspect;

/**
 * Every text of the pages, in Dutch (here) and English (messages/msg_en.properties); templates use them as
 * {@code {msg:key}}, in the language the page's locale names.
 */
@MessageBundle(value = "msg", locale = "nl")
public interface Msg {

    // --- Layout
    @Message("BOTOC-monitor")
    String site();

    @Message("Naar de inhoud")
    String skip();

    @Message("Hoofdmenu")
    String navLabel();

    @Message("Landelijk overzicht")
    String navOverview();

    @Message("Dekking van factoren")
    String navCoverage();

    @Message("Monitoring")
    String navMonitoring();

    @Message("English")
    String otherLanguage();

    @Message("en")
    String otherLanguageCode();

    @Message("Peildatum")
    String peildatum();

    @Message("Toon")
    String show();

    @Message("Naar vandaag")
    String backToToday();

    @Message("Kies een datum om de stand te zien zoals die toen was, herbouwd uit de geschiedenis van gebeurtenissen.")
    String peildatumHint();

    @Message("Actuele stand.")
    String nowBanner();

    @Message("Stand op {date} (peildatum), herbouwd uit de gebeurtenissen tot en met die datum.")
    String peildatumBanner(String date);

    @Message("Kennissynthese versie {version}; {events} levensloopgebeurtenissen verwerkt.")
    String provenance(long version, long events);

    @Message("Labels en factoren volgens kennissynthese versie {version}.")
    String labelsVersion(long version);

    @Message("Download als")
    String download();

    @Message("Live: de pagina werkt zichzelf bij.")
    String liveOn();

    @Message("Verbinding verbroken; opnieuw verbinden…")
    String liveLost();

    @Message("Bron van de indeling: Kuppens, Kathmann & Ferwerda (2022), Stop de in- en doorgroei, Bureau Beke / WODC.")
    String footer();

    // --- Landelijk overzicht
    @Message("De praktijkscan van alle BOTOC-interventies, bijgewerkt zodra een gemeente iets meldt.")
    String overviewIntro();

    @Message("Kerncijfers")
    String headline();

    @Message("Interventies uit de oorspronkelijke plannen en alle interventies, inclusief later toegevoegde")
    String headlineCaption();

    @Message("Aantal")
    String count();

    @Message("Oorspronkelijk plan")
    String originalPlan();

    @Message("Alle interventies")
    String portfolio();

    @Message("Interventies")
    String interventions();

    @Message("Gemeenten")
    String municipalities();

    @Message("Gepland")
    String planned();

    @Message("In de praktijk")
    String inPractice();

    @Message("Afgerond")
    String completed();

    @Message("Niet doorgegaan")
    String notCarriedOut();

    @Message("Aangepast")
    String adjusted();

    @Message("Toegevoegd")
    String added();

    @Message("n.v.t.")
    String notApplicable();

    @Message("Preventief")
    String preventive();

    @Message("Repressief")
    String repressive();

    @Message("Gefundeerd (waarvan erkend)")
    String foundedOfWhichRecognised();

    @Message("Ongefundeerd (waarvan exploratief)")
    String unfoundedOfWhichExploratory();

    @Message("Gefundeerd")
    String founded();

    @Message("Ongefundeerd")
    String unfounded();

    @Message("Preventief, repressief, gefundeerd en ongefundeerd tellen alleen interventies die de praktijkscan al heeft beoordeeld.")
    String classifiedOnly();

    @Message("Per thema")
    String perTheme();

    @Message("Interventies per thema")
    String chartTitle();

    @Message("Staafdiagram van het aantal interventies (alle interventies) per thema; dezelfde cijfers staan in de tabel hieronder.")
    String chartDescription();

    @Message("Interventies per thema; een interventie telt mee bij elk thema dat ze raakt")
    String themeCaption();

    @Message("Thema")
    String theme();

    @Message("Per gemeente")
    String perMunicipality();

    @Message("Alle interventies per gemeente; de naam leidt naar de pagina van de gemeente")
    String municipalityCaption();

    @Message("Gemeente")
    String municipality();

    @Message("CBS-code")
    String cbsCode();

    // --- Gemeente
    @Message("Gemeente {name}")
    String municipalityTitle(String name);

    @Message("De interventies van {name} met hun thema's, status en bewijskracht.")
    String municipalityIntro(String name);

    @Message("Thema's per interventie")
    String matrix();

    @Message("Thema's per interventie van {name}, zoals de matrices in bijlage 2 van het rapport")
    String matrixCaption(String name);

    @Message("Legenda")
    String legend();

    @Message("raakt dit thema")
    String legendTheme();

    @Message("primair thema (raakt het sterkst)")
    String legendPrimary();

    @Message("niet doorgegaan (lichter weergegeven)")
    String legendCancelled();

    @Message("thema")
    String markTheme();

    @Message("primair thema")
    String markPrimary();

    @Message("niet doorgegaan")
    String markCancelled();

    @Message("Interventies van {name}")
    String interventionsCaption(String name);

    @Message("Code")
    String code();

    @Message("Naam")
    String name();

    @Message("Status")
    String status();

    @Message("Bewijskracht")
    String evidenceLevel();

    @Message("Aanpak")
    String approach();

    @Message("Laatste update")
    String lastUpdate();

    @Message("Op deze peildatum had de gemeente nog geen interventies.")
    String noInterventionsYet();

    // --- Dekking
    @Message("Op welke factoren werken de interventies die in de praktijk lopen? Alleen interventies met status 'in de praktijk' tellen; een interventie telt voor elke factor die ze opgeeft of die de praktijkscan uit haar thema's afleidt. Een gemarkeerde cel is een gat: daar werkt geen enkele interventie aan de factor.")
    String coverageIntro();

    @Message("Gefundeerde risicofactoren")
    String foundedRisk();

    @Message("Interventies in de praktijk per gefundeerde risicofactor en gemeente")
    String foundedRiskCaption();

    @Message("Beschermende factoren")
    String protective();

    @Message("Interventies in de praktijk per beschermende factor en gemeente")
    String protectiveCaption();

    @Message("Gefundeerde risicofactoren die geen interventie kan veranderen")
    String unchangeable();

    @Message("Deze factoren (zoals geslacht en leeftijd) zijn gefundeerd, maar geen interventie kan ze veranderen; ze zijn dus geen gat om te vullen.")
    String unchangeableIntro();

    @Message("Interventies in de praktijk per onveranderbare risicofactor en gemeente")
    String unchangeableCaption();

    @Message("Factor")
    String factor();

    @Message("Totaal")
    String total();

    @Message("geen")
    String none();

    @Message("geen enkele interventie in de praktijk werkt hieraan")
    String gapRow();

    @Message("{count} interventies in de praktijk geteld.")
    String inPracticeCounted(int count);

    @Message("De kennissynthese is nog niet binnen; zonder haar is niet te zeggen welke factoren gefundeerd zijn.")
    String noEvidenceYet();

    // --- Interventie
    @Message("Interventie {code}")
    String interventionTitle(String code);

    @Message("Beoordeling")
    String assessment();

    @Message("Herkomst")
    String origin();

    @Message("Thema's")
    String themes();

    @Message("Primair thema")
    String primaryTheme();

    @Message("Methode")
    String method();

    @Message("Pilot")
    String pilot();

    @Message("ja")
    String yes();

    @Message("nee")
    String no();

    @Message("Factoren waarop ze werkt")
    String targetedFactors();

    @Message("afgeleid uit {themes}")
    String inferredFrom(String themes);

    @Message("Toelichting van de praktijkscan")
    String explanation();

    @Message("De praktijkscan geeft haar toelichting in het Nederlands.")
    String explanationInDutch();

    @Message("Nog niet beoordeeld: de praktijkscan van deze stand is niet ontvangen.")
    String notClassified();

    @Message("Afgeleid onder kennissynthese versie {version}, na gebeurtenis {sequence}.")
    String derivedUnder(long version, long sequence);

    @Message("Op deze peildatum was de interventie nog niet geregistreerd.")
    String notYetRegistered();

    @Message("Geschiedenis")
    String history();

    @Message("vastgelegd {at}")
    String recordedAt(String at);

    @Message("{count} latere gebeurtenissen vallen na de peildatum en zijn niet getoond.")
    String laterEvents(int count);

    @Message("Reden: {reason}")
    String reason(String reason);

    @Message("Gewijzigd: {fields}")
    String changedFields(String fields);

    @Message("Beoordeling door de tijd")
    String classificationOverTime();

    @Message("Elke beoordeling die de praktijkscan van deze interventie publiceerde, oudste eerst")
    String classificationCaption();

    @Message("Na gebeurtenis")
    String afterEvent();

    @Message("Kennissynthese")
    String evidenceVersion();

    @Message("Afgeleid op")
    String derivedAt();

    @Message("Wat veranderde")
    String whatChanged();

    @Message("niets in de beoordeling")
    String nothingChanged();

    // --- Errors
    @Message("Niet gevonden")
    String notFound();

    @Message("Onjuiste vraag")
    String badRequest();

    @Message("Geen gemeente met CBS-code {code} in de monitor.")
    String unknownMunicipality(String code);

    @Message("'{code}' is geen CBS-code; een CBS-code is GM gevolgd door vier cijfers, zoals GM0363.")
    String invalidMunicipality(String code);

    @Message("Geen interventie met id {id} in de monitor.")
    String unknownIntervention(String id);

    @Message("'{id}' is geen id van een interventie.")
    String invalidIntervention(String id);

    @Message("'{value}' is geen datum; geef de peildatum als jjjj-mm-dd, zoals 2020-09-30.")
    String invalidPeildatum(String value);

    @Message("Terug naar het landelijk overzicht")
    String backToOverview();

    @Message("Niet ingelogd")
    String unauthenticated();

    @Message("Deze pagina is alleen te zien na inloggen. Log in via de inlogpagina van uw organisatie en probeer het opnieuw.")
    String unauthenticatedExplanation();

    @Message("Geen toegang")
    String forbidden();

    @Message("Uw rol geeft geen toegang tot deze pagina.")
    String forbiddenExplanation();

    @Message("Niet gevonden in de monitor.")
    String notInMonitor();

    @Message("Uitloggen")
    String logout();

    // --- Local development login
    @Message("Inloggen")
    String login();

    @Message("Lokale ontwikkel-login — niet voor productie")
    String localLoginWarning();

    @Message("Deze pagina bestaat alleen in het lokale ontwikkelprofiel. Ze maakt een token met de ontwikkelsleutel; in productie logt u in via de OIDC-provider van uw organisatie.")
    String localLoginExplanation();

    @Message("Rol")
    String role();

    @Message("{#when role}{#is 'municipality'}gemeente{#is 'ministry'}ministerie{#is 'researcher'}onderzoeker{/when}")
    String roleName(String role);

    @Message("CBS-code (alleen voor een gemeente)")
    String cbsCodeLabel();

    @Message("Naam (wordt als 'sub' in het token gezet)")
    String subjectLabel();

    @Message("Kies een rol, en voor een gemeente een geldige CBS-code (GM gevolgd door vier cijfers).")
    String loginInvalid();

    // --- Values
    @Message("{#if status}{#when status}{#is PLANNED}gepland{#is STARTED}in de praktijk{#is COMPLETED}afgerond{#is CANCELLED}niet doorgegaan{/when}{#else}onbekend{/if}")
    String statusOf(LifecycleStatus status);

    @Message("{#if origin}{#when origin}{#is ORIGINAL_PLAN}oorspronkelijk plan{#is ADDED}toegevoegd{/when}{#else}onbekend{/if}")
    String originOf(Origin origin);

    @Message("{#if level}{#when level}{#is ERKEND}erkend{#is GEFUNDEERD}gefundeerd{#is EXPLORATIEF}exploratief{#is ONGEFUNDEERD}ongefundeerd{/when}{#else}nog niet beoordeeld{/if}")
    String levelOf(EvidenceLevel level);

    @Message("{#if approach}{#when approach}{#is PREVENTIEF}preventief{#is REPRESSIEF}repressief{/when}{#else}–{/if}")
    String approachOf(Approach approach);

    @Message("{#when type}{#is PLANNED}Gepland (oorspronkelijk plan){#is ADDED}Toegevoegd{#is STARTED}In de praktijk gebracht{#is ADJUSTED}Aangepast{#is CANCELLED}Niet doorgegaan{#is COMPLETED}Afgerond{#is PROGRESS_REPORTED}Voortgang gerapporteerd{/when}")
    String eventOf(EventType type);

    @Message("{#when kind}{#is RISK}risicofactor{#is PROTECTIVE}beschermende factor{/when}")
    String kindOf(TargetedFactor.Kind kind);

    @Message("{#if evidenceClass}{#when evidenceClass}{#is FOUNDED}gefundeerd{#is PLAUSIBLE}plausibel{/when}{#else}{/if}")
    String classOf(EvidenceClass evidenceClass);

    @Message("{#when aspect}{#is EVIDENCE_LEVEL}bewijskracht{#is APPROACH}aanpak{#is THEMES}thema's{#is PRIMARY_THEME}primair thema{#is TARGETED_FACTORS}factoren{#is METHOD}methode{/when}")
    String aspectOf(Aspect aspect);
}
