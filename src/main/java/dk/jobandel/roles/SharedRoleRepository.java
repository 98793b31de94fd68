package dk.jobandel.roles;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SharedRoleRepository extends JpaRepository<SharedRole, Long> {

    List<SharedRole> findByOrganisationIdOrderByCreatedAtDesc(long organisationId);
}
