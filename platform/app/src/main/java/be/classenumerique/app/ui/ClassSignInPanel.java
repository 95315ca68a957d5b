package be.classenumerique.app.ui;

import be.classenumerique.api.Caller;
import be.classenumerique.core.people.domain.ClassSignInState;
import be.classenumerique.core.people.service.ClassSignInGuard;
import be.classenumerique.core.people.service.PupilSignIn;
import be.classenumerique.core.schools.service.ClassService.ClassMember;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How a class's pupils sign in, on its page: the class code (renewable), and whether picture and word
 * sign-in is paused after too many wrong secrets, with who was tried how often and one tap to reopen.
 * Fires {@code onChange} after the teacher changed something, so the page shows it.
 */
final class ClassSignInPanel extends Div {

    ClassSignInPanel(
            Caller caller,
            String classId,
            List<ClassMember> pupils,
            PupilSignIn signIn,
            ClassSignInGuard guard,
            Runnable onChange) {
        addClassName("cn-class-sign-in");
        ClassSignInState state = guard.state(caller, classId);
        if (!state.open()) {
            Div paused = new Div();
            paused.addClassName("cn-sign-in-paused");
            paused.getElement().setAttribute("role", "alert");
            Button reopen = new Button(getTranslation("class.sign-in.reopen"), click -> {
                guard.reopen(caller, classId);
                onChange.run();
            });
            reopen.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            paused.add(new Paragraph(getTranslation("class.sign-in.paused", state.wrongSecrets())), reopen);
            add(paused);
        }
        if (state.wrongSecrets() > 0) {
            add(wrongSecrets(state, pupils));
        }
        Paragraph code = new Paragraph(getTranslation("class.code", signIn.classCode(caller, classId)));
        code.addClassName("cn-class-code-display");
        Button renew = new Button(
                getTranslation("class.code.renew"),
                click -> confirmRenewal(() -> {
                    signIn.renewClassCode(caller, classId);
                    onChange.run();
                }));
        Div codeLine = new Div(code, renew);
        codeLine.addClassName("cn-class-code-line");
        add(codeLine);
    }

    private Div wrongSecrets(ClassSignInState state, List<ClassMember> pupils) {
        Map<String, String> names =
                pupils.stream().collect(Collectors.toMap(ClassMember::id, ClassMember::displayName));
        UnorderedList list = new UnorderedList();
        state.wrongSecretsByPupil().forEach((pupilId, count) -> {
            String name = names.get(pupilId);
            ListItem item = new ListItem();
            if (name == null) {
                item.add(new Span(getTranslation("class.sign-in.wrong.unknown", count)));
            } else {
                item.add(PersonNames.inSentence(
                        new Span(), getTranslation("class.sign-in.wrong.pupil", PersonNames.NAME, count), name));
            }
            list.add(item);
        });
        Div block = new Div(
                new Paragraph(getTranslation("class.sign-in.wrong", state.wrongSecrets(), state.budget())), list);
        block.addClassName("cn-wrong-secrets");
        return block;
    }

    private void confirmRenewal(Runnable renew) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("class.code.renew"));
        dialog.add(new Paragraph(getTranslation("class.code.renew.help")));
        Button confirm = new Button(getTranslation("class.code.renew.confirm"), click -> {
            dialog.close();
            renew.run();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }
}
