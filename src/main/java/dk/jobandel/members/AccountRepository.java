package dk.jobandel.members;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByEmail(String email);

    boolean existsByEmail(String email);

    @Query("select a.id from Account a where a.emailVerifiedAt is null")
    java.util.List<Long> unconfirmedIds();

    boolean existsByIdInAndEmailVerifiedAtIsNotNull(java.util.Collection<Long> ids);

    @Modifying
    @Query("update Account a set a.lastLoginAt = :at where a.email = :email")
    int recordLogin(String email, Instant at);
}
