package dk.jobandel.members;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    /** Whether an organisation that is not rejected has this CVR number (a rejected one lets it go). */
    boolean existsByCvrAndVerificationStatusNot(String cvr, VerificationStatus status);

    Optional<Organisation> findByCvrAndVerificationStatusNot(String cvr, VerificationStatus status);

    @Query("select o from Organisation o where :accountId member of o.staffAccountIds")
    Optional<Organisation> findByStaffAccountId(long accountId);

    List<Organisation> findByVerificationStatusOrderByCreatedAtAsc(VerificationStatus status);
}
