package dk.jobandel.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

class InvitationMailTest {

    private static final String LINK = "https://jobandel.example/invitations/abc";

    private static ResourceBundleMessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static InvitationMail withSender(JavaMailSender sender) {
        var beans = new DefaultListableBeanFactory();
        if (sender != null) {
            beans.registerSingleton("mailSender", sender);
        }
        return new InvitationMail(
                beans.getBeanProvider(JavaMailSender.class), messages(), "Jobandel <noreply@jobandel.dk>");
    }

    @Test
    void theInviteeGetsTheLinkInTheInvitersLanguage() {
        JavaMailSender sender = mock(JavaMailSender.class);
        boolean sent = withSender(sender).send("ny@example.dk", LINK, "Fælles IT", "Fatima", Locale.of("da"));
        var mail = ArgumentCaptor.forClass(SimpleMailMessage.class);
        verify(sender).send(mail.capture());
        assertThat(sent).isTrue();
        assertThat(mail.getValue().getTo()).containsExactly("ny@example.dk");
        assertThat(mail.getValue().getSubject()).isEqualTo("Du er inviteret til Fælles IT på Jobandel");
        assertThat(mail.getValue().getText())
                .contains("Fatima har inviteret dig")
                .contains(LINK);

        withSender(sender).send("new@example.dk", LINK, "Fælles IT", "Fatima", Locale.ENGLISH);
        verify(sender, org.mockito.Mockito.times(2)).send(mail.capture());
        assertThat(mail.getValue().getSubject()).isEqualTo("You are invited to Fælles IT on Jobandel");
    }

    @Test
    void withoutAMailServerOrWhenItFailsNothingIsLostAndTheCallerIsTold() {
        assertThat(withSender(null).send("ny@example.dk", LINK, "Org", "Ann", Locale.of("da")))
                .isFalse();
        JavaMailSender failing = mock(JavaMailSender.class);
        doThrow(new MailSendException("connection refused")).when(failing).send(any(SimpleMailMessage.class));
        assertThat(withSender(failing).send("ny@example.dk", LINK, "Org", "Ann", Locale.of("da")))
                .isFalse();
    }
}
