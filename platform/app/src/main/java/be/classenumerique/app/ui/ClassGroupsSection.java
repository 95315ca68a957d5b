package be.classenumerique.app.ui;

import be.classenumerique.api.Caller;
import be.classenumerique.core.schools.domain.ClassGroup;
import be.classenumerique.core.schools.service.ClassService;
import be.classenumerique.core.schools.service.ClassService.ClassMember;
import be.classenumerique.core.shared.RefusedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The groups inside a class, as its teachers make, change and remove them. */
class ClassGroupsSection extends Section {

    private final Caller caller;
    private final ClassService classes;
    private final String classId;
    private final List<ClassMember> pupils;
    private final Paragraph message = new Paragraph();

    ClassGroupsSection(Caller caller, ClassService classes, String classId, List<ClassMember> pupils) {
        this.caller = caller;
        this.classes = classes;
        this.classId = classId;
        this.pupils = pupils;
        addClassName("cn-groups");
        message.getElement().setAttribute("role", "status");
        render();
    }

    private void render() {
        removeAll();
        add(new H3(getTranslation("groups.title")));
        List<ClassGroup> groups = classes.groups(caller, classId);
        if (groups.isEmpty()) {
            add(new Paragraph(getTranslation("groups.none")));
        }
        Map<String, String> names =
                pupils.stream().collect(Collectors.toMap(ClassMember::id, ClassMember::displayName));
        for (ClassGroup group : groups) {
            add(card(group, names::get));
        }
        Button create = new Button(getTranslation("groups.new"), click -> edit(null));
        add(create, message);
    }

    private Div card(ClassGroup group, Function<String, String> names) {
        String members = group.pupilIds().isEmpty()
                ? getTranslation("groups.empty")
                : group.pupilIds().stream().map(names).collect(Collectors.joining(", "));
        Button change = new Button(getTranslation("groups.change"), click -> edit(group));
        change.setAriaLabel(getTranslation("groups.change.for", group.name()));
        Button delete = new Button(getTranslation("groups.delete"), click -> confirmDelete(group));
        delete.setAriaLabel(getTranslation("groups.delete.for", group.name()));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(change, delete);
        actions.addClassName("cn-actions");
        Div card = new Div(
                new H4(group.name() + " · "
                        + getTranslation("classes.pupils", group.pupilIds().size())),
                new Paragraph(members),
                actions);
        card.addClassName("cn-group");
        return card;
    }

    private void edit(ClassGroup group) {
        GroupForm form = new GroupForm(pupils, group);
        FormDialog dialog = new FormDialog(
                getTranslation(group == null ? "groups.new" : "groups.change.for", groupName(group)), form);
        form.addSaveListener(save -> {
            try {
                ClassGroup saved = classes.saveGroup(
                        caller, classId, group == null ? null : group.id(), save.name(), save.pupilIds());
                dialog.close();
                render();
                message.setText(getTranslation("groups.saved", saved.name()));
            } catch (RefusedException refused) {
                dialog.showProblem(getTranslation(refused.messageKey(), ClassGroup.MAX_NAME_LENGTH));
            }
        });
        dialog.open();
    }

    private void confirmDelete(ClassGroup group) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("groups.delete.for", group.name()));
        dialog.add(new Paragraph(getTranslation("groups.delete.help")));
        Button delete = new Button(getTranslation("groups.delete"), click -> {
            try {
                classes.deleteGroup(caller, classId, group.id());
                message.setText(getTranslation("groups.deleted", group.name()));
            } catch (RefusedException refused) {
                message.setText(getTranslation(refused.messageKey()));
            }
            dialog.close();
            render();
        });
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), delete);
        dialog.open();
    }

    private static String groupName(ClassGroup group) {
        return group == null ? "" : group.name();
    }
}
