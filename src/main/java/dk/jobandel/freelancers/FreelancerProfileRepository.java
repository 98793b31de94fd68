package dk.jobandel.freelancers;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface FreelancerProfileRepository extends JpaRepository<FreelancerProfile, Long> {

    /** The profile with its skills, in one statement. */
    @EntityGraph(attributePaths = "skills")
    Optional<FreelancerProfile> findWithSkillsByAccountId(long accountId);

    /** Creates the empty profile unless it exists; safe when two requests race. */
    @Modifying
    @Query(
            value =
                    "insert into freelancer_profile (account_id) values (:accountId) on conflict (account_id) do nothing",
            nativeQuery = true)
    void createIfAbsent(long accountId);
}
