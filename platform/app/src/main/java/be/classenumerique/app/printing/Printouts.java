package be.classenumerique.app.printing;

import be.classenumerique.api.Caller;
import be.classenumerique.api.activity.ActivityConfig;
import be.classenumerique.app.i18n.BundleMessages;
import be.classenumerique.app.web.PublicAddress;
import be.classenumerique.core.attempts.domain.ClassModuleProgress;
import be.classenumerique.core.attempts.domain.PupilSummary;
import be.classenumerique.core.attempts.service.AttemptService;
import be.classenumerique.core.content.domain.Module;
import be.classenumerique.core.people.service.Guardianships;
import be.classenumerique.core.people.service.PupilSignIn;
import be.classenumerique.core.schools.domain.ClassGroup;
import be.classenumerique.core.schools.service.ClassService;
import be.classenumerique.core.shared.Csv;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** The files a school prints or downloads: login cards, letters, class lists, results, privacy exports. */
@Service
public class Printouts {

    private final PupilSignIn signIn;
    private final Guardianships guardianships;
    private final ClassService classes;
    private final AttemptService attempts;
    private final PublicAddress address;
    private final BundleMessages messages =
            new BundleMessages("i18n/messages", getClass().getClassLoader());
    private final PdfFonts fonts = new PdfFonts();

    public Printouts(
            PupilSignIn signIn,
            Guardianships guardianships,
            ClassService classes,
            AttemptService attempts,
            PublicAddress address) {
        this.address = address;
        this.attempts = attempts;
        this.signIn = signIn;
        this.guardianships = guardianships;
        this.classes = classes;
    }

    /**
     * New login cards for a class; the previous cards stop working.
     *
     * @param caller a teacher of the class or an admin of its school
     * @param classId the class
     * @return the PDF
     */
    public byte[] loginCards(Caller caller, String classId) {
        return LoginCardsPdf.render(
                signIn.issueCards(caller, classId), address.base(), caller.locale(), messages, fonts);
    }

    /**
     * A new login card for one pupil whose card was lost; only their previous card stops working.
     *
     * @param caller a teacher of the pupil's class or an admin of its school
     * @param pupilId the pupil
     * @return the PDF
     */
    public byte[] loginCard(Caller caller, String pupilId) {
        return LoginCardsPdf.render(
                List.of(signIn.issueCard(caller, pupilId)), address.base(), caller.locale(), messages, fonts);
    }

    /**
     * The class list to print: each pupil and how they sign in (never their secret).
     *
     * @param caller a teacher of the class or an admin of its school
     * @param classId the class
     * @return the PDF
     */
    public byte[] classList(Caller caller, String classId) {
        var schoolClass = classes.get(caller, classId);
        List<ClassListPdf.Line> lines = classes.pupils(caller, classId).stream()
                .map(pupil -> {
                    var facts = signIn.signInFactsForPrivacyRequest(pupil.id());
                    String secret = messages.get(
                            caller.locale(),
                            "classlist.secret." + facts.get("secret").toString().toLowerCase(Locale.ROOT));
                    String card = Boolean.TRUE.equals(facts.get("card"))
                            ? messages.get(caller.locale(), "classlist.card")
                            : "";
                    return new ClassListPdf.Line(pupil.displayName(), card.isEmpty() ? secret : secret + ", " + card);
                })
                .toList();
        return ClassListPdf.render(
                schoolClass.name(), signIn.classCode(caller, classId), lines, caller.locale(), messages, fonts);
    }

    /**
     * A class's results on a module as a spreadsheet: one line per pupil, their groups and the outcome of
     * each activity. Cells people typed (names, group names) cannot run as formulas.
     *
     * @param caller a teacher of the class or an admin of its school
     * @param classId the class
     * @param module the module
     * @return the CSV file, UTF-8 with a byte-order mark, {@code ;}-separated
     */
    public byte[] classResultsCsv(Caller caller, String classId, Module module) {
        Locale locale = caller.locale();
        ClassModuleProgress progress = attempts.classProgress(caller, classId, module.id());
        List<ClassGroup> groups = classes.groups(caller, classId);
        StringBuilder csv = new StringBuilder(Csv.BYTE_ORDER_MARK);
        List<String> header =
                new ArrayList<>(List.of(messages.get(locale, "class.pupil"), messages.get(locale, "groups.title")));
        header.add(messages.get(locale, "class.summary"));
        header.add(messages.get(locale, "class.struggling"));
        module.activities()
                .forEach(activity -> header.add(activity.text("title").orElse(activity.activityId())));
        csv.append(Csv.line(header));
        List<String> activityIds =
                module.activities().stream().map(ActivityConfig::activityId).toList();
        for (ClassService.ClassMember pupil : classes.pupils(caller, classId)) {
            List<String> line = new ArrayList<>();
            line.add(pupil.displayName());
            line.add(groups.stream()
                    .filter(group -> group.pupilIds().contains(pupil.id()))
                    .map(ClassGroup::name)
                    .collect(Collectors.joining(", ")));
            PupilSummary summary = PupilSummary.of(progress.results().getOrDefault(pupil.id(), Map.of()), activityIds);
            line.add(messages.get(locale, "class.summary.done", summary.done(), summary.total()));
            line.add(summary.struggling() ? messages.get(locale, "class.struggling") : "");
            for (ActivityConfig activity : module.activities()) {
                line.add(progress.result(pupil.id(), activity.activityId())
                        .map(result -> messages.get(
                                locale, "outcome." + result.outcome().name().toLowerCase(Locale.ROOT)))
                        .orElse(messages.get(locale, "outcome.none")));
            }
            csv.append(Csv.line(line));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The module's paper twin for a class: the booklet, then an answer sheet per pupil with their name.
     *
     * @param caller a teacher of the class or an admin of its school
     * @param classId the class
     * @param module the module
     * @return the PDF
     */
    public byte[] moduleBooklet(Caller caller, String classId, Module module) {
        var schoolClass = classes.get(caller, classId);
        List<String> pupils = classes.pupils(caller, classId).stream()
                .map(ClassService.ClassMember::displayName)
                .toList();
        return ModuleBookletPdf.render(module, schoolClass.name(), pupils, caller.locale(), messages, fonts);
    }

    /**
     * @param export a person's privacy export, already made (and audited) for the caller
     * @param locale the reader's language
     * @return the export as a readable PDF
     */
    public byte[] personalData(Map<String, Object> export, Locale locale) {
        return PersonalDataPdf.render(export, locale, messages, fonts);
    }

    /**
     * A letter with a new one-time code for each pupil of a class, valid 14 days.
     *
     * @param caller a teacher of the class or an admin of its school
     * @param classId the class
     * @param language the parents' language
     * @return the PDF
     */
    public byte[] invitationLetters(Caller caller, String classId, Locale language) {
        var invitations = classes.pupils(caller, classId).stream()
                .map(pupil -> guardianships.invite(caller, pupil.id()))
                .toList();
        return InvitationLettersPdf.render(invitations, address.base(), language, messages, fonts);
    }
}
