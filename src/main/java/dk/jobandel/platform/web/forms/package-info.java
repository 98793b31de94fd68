/**
 * Form bases that several modules' pages share: a week as one text field per day ({@link
 * dk.jobandel.platform.web.forms.WeekDaysForm}) and a list of chosen skills with the skills picker's buttons ({@link
 * dk.jobandel.platform.web.forms.PostingForm}, rows of {@link dk.jobandel.platform.web.forms.SkillRow}). Their
 * templates are {@code fragments/week.html}, {@code fragments/skill-picker.html} and {@code fragments/forms.html}.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.NamedInterface("forms")
package dk.jobandel.platform.web.forms;
