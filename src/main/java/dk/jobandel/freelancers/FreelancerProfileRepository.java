package dk.jobandel.freelancers;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface FreelancerProfileRepository extends JpaRepository<FreelancerProfile, Long> {

    /**
     * The profile with its skills, in one statement. Written as a query rather than a derived method with an entity
     * graph: Hibernate keeps the translated plan of a query, while a derived query is a new criteria tree each call,
     * and a query with an entity graph is translated to SQL again every time (in a profile of the dashboards, building
     * the query was three fifths of reading the profile).
     */
    @Query("select p from FreelancerProfile p left join fetch p.skills where p.accountId = :accountId")
    Optional<FreelancerProfile> findWithSkillsByAccountId(long accountId);

    /** Creates the empty profile unless it exists; safe when two requests race. */
    @Modifying
    @Query(
            value =
                    "insert into freelancer_profile (account_id) values (:accountId) on conflict (account_id) do nothing",
            nativeQuery = true)
    void createIfAbsent(long accountId);
}
