package dk.jobandel.agreements;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What an agreement is made of: its subject (a role or a pool), its employer, dates, terms and people. */
record Draft(
        @Nullable Long roleId,
        @Nullable Long poolId,
        long organisationId,
        @Nullable Long proposalId,
        LocalDate startDate,
        @Nullable LocalDate endDate,
        Terms terms,
        List<NewAgreement.Party> parties,
        @Nullable Long actorId) {}
