package dk.jobandel.roles;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SharedRoleRepository extends JpaRepository<SharedRole, Long> {

    List<SharedRole> findByOrganisationIdOrderByCreatedAtDesc(long organisationId);

    /**
     * A role with its skills, in one statement: every use of a single role reads its skills (its snapshot, the
     * matching, the proposal page), and {@code findById} fetched them in a second one.
     */
    @Query("select r from SharedRole r left join fetch r.skills where r.id = :id")
    Optional<SharedRole> findWithSkillsById(@Param("id") long id);
}
