package app.baton.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.DatabaseTestBase;
import app.baton.security.MembershipDirectory;
import app.baton.security.MembershipInfo;
import app.baton.security.MembershipRole;
import app.baton.tenancy.MembershipSeeder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The load harness's data: each company with two founders, a successor and two people of an agency that serves ten
 * companies, each agency person with a token in each company, the sign-ins written for the feeders, and a second run
 * that adds nothing twice.
 */
class DemoLoadIT extends DatabaseTestBase {

    @Autowired
    DemoLoad load;

    @Autowired
    MembershipSeeder seeder;

    @Autowired
    MembershipDirectory directory;

    @Test
    void makes_companies_of_five_people_with_a_shared_agency_and_writes_their_sign_ins(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("users.csv");
        List<DemoLoad.SignIn> signIns = load.seed(2, file);

        assertThat(signIns).hasSize(10);
        for (int company = 1; company <= 2; company++) {
            long tenantId = seeder.tenantOf(DemoLoad.email("founder", company));
            String name = DemoLoad.companyName(company);
            List<DemoLoad.SignIn> people =
                    signIns.stream().filter(s -> s.company().equals(name)).toList();
            assertThat(people)
                    .extracting(DemoLoad.SignIn::role)
                    .containsExactlyInAnyOrder(
                            MembershipRole.FOUNDER,
                            MembershipRole.FOUNDER,
                            MembershipRole.SUCCESSOR,
                            MembershipRole.VENDOR,
                            MembershipRole.VENDOR);
            for (DemoLoad.SignIn person : people) {
                assertThat(directory.membershipsOf(seeder.userIdOf(person.email())))
                        .anyMatch(m -> m.tenantId() == tenantId && m.role() == person.role());
            }
            // each agency person's token is for this company
            assertThat(people.stream().filter(p -> p.role() == MembershipRole.VENDOR))
                    .allSatisfy(p -> assertThat(p.token()).startsWith("baton_" + tenantId + "_"));
        }
        // one agency (the first ten companies share it), the same in both companies
        Set<Long> agencies = directory.membershipsOf(seeder.userIdOf(DemoLoad.email("agency-b", 1))).stream()
                .map(MembershipInfo::vendorOrganisationId)
                .collect(Collectors.toSet());
        assertThat(agencies).hasSize(1);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("role,email,password,company,token");
        assertThat(lines).hasSize(11).anyMatch(l -> l.startsWith("SUCCESSOR,successor2@load.example,"));

        // a second run keeps what is there
        List<DemoLoad.SignIn> again = load.seed(2, null);
        assertThat(again).isEqualTo(signIns);
        assertThat(directory.membershipsOf(seeder.userIdOf(DemoLoad.email("founder", 1))))
                .hasSize(1);
    }
}
