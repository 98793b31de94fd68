package dk.jobandel.members;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    boolean existsByCvr(String cvr);

    Optional<Organisation> findByCvr(String cvr);

    @Query("select o from Organisation o where :accountId member of o.staffAccountIds")
    Optional<Organisation> findByStaffAccountId(long accountId);

    List<Organisation> findByVerificationStatusOrderByCreatedAtAsc(VerificationStatus status);
}
