package dk.jobandel.review;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Expires pending offers past their time every minute, on one node at a time ({@link Offers#expireDue()}). */
@Component
class OfferExpiry {

    private final Offers offers;

    OfferExpiry(Offers offers) {
        this.offers = offers;
    }

    @Scheduled(fixedDelayString = "${jobandel.offers.expiry-check:60000}")
    @SchedulerLock(name = "offer-expiry", lockAtMostFor = "PT10M")
    void expire() {
        offers.expireDue();
    }
}
