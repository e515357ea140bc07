package org.flipside.identity.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface UserAccountRepository extends ListCrudRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("select count(*) from app_user where lower(email) = lower(:email) and active = true")
    long countActiveByEmail(@Param("email") String email);

    @Query("""
            select count(*) from app_user u join user_role r on r.user_id = u.id
            where r.role = 'ADMIN' and u.active = true
            """)
    long countActiveAdministrators();

    @Query("""
            select * from app_user
            where (:query = '' or lower(username) like :pattern or lower(display_name) like :pattern
                   or lower(coalesce(email, '')) like :pattern)
            order by username
            limit :limit offset :offset
            """)
    List<UserAccount> search(@Param("query") String query, @Param("pattern") String pattern,
                             @Param("limit") int limit, @Param("offset") long offset);

    @Query("""
            select count(*) from app_user
            where (:query = '' or lower(username) like :pattern or lower(display_name) like :pattern
                   or lower(coalesce(email, '')) like :pattern)
            """)
    long countSearch(@Param("query") String query, @Param("pattern") String pattern);
}
