package app.baton.shared.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which statements count as writes for the company's menu counts (decision 017). */
class TenantWritesTest {

    @Test
    void inserts_updates_and_deletes_write_in_any_case_and_after_a_comment() {
        assertThat(TenantWrites.writes("insert into notification (id) values (?)"))
                .isTrue();
        assertThat(TenantWrites.writes("  UPDATE budget_change_request set status=? where id=?"))
                .isTrue();
        assertThat(TenantWrites.writes("/* delete app.baton.X */ delete from x where id=?"))
                .isTrue();
        assertThat(TenantWrites.writes("merge into x using y on (1=1)")).isTrue();
    }

    @Test
    void reads_and_words_that_only_begin_like_a_write_do_not() {
        assertThat(TenantWrites.writes("select n.id from notification n where n.read_at is null"))
                .isFalse();
        assertThat(TenantWrites.writes("/* select */ select 1")).isFalse();
        assertThat(TenantWrites.writes("updates_view")).isFalse();
        assertThat(TenantWrites.writes("with x as (select 1) select * from x")).isFalse();
        assertThat(TenantWrites.writes("/* never closed")).isFalse();
        assertThat(TenantWrites.writes("")).isFalse();
    }
}
