package app.baton;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import app.baton.shared.tenant.TenantRestriction;
import app.baton.shared.tenant.TenantScopedEntity;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;
import java.util.Set;
import org.hibernate.annotations.SQLRestriction;
import org.junit.jupiter.api.Test;
import org.springframework.data.jpa.repository.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The house rules that a compiler does not check. */
class ArchitectureTest {

    /**
     * Global (not tenant-owned) tables: the tenant itself, accounts, sign-in attempts, and what agencies own (an agency
     * serves several companies): the agency, its people, the companies' proposals to it, its layout versions.
     */
    static final Set<String> GLOBAL_ENTITIES = Set.of(
            "app.baton.tenancy.internal.TenantEntity",
            "app.baton.tenancy.internal.VendorOrganisationEntity",
            "app.baton.tenancy.internal.AgencyMemberEntity",
            "app.baton.tenancy.internal.AgencyProposalEntity",
            "app.baton.tenancy.internal.SignUpRequestEntity",
            "app.baton.security.internal.UserAccountEntity",
            "app.baton.security.internal.LoginAttemptEntity",
            "app.baton.security.internal.PasswordResetEntity",
            "app.baton.reports.internal.AgencyLayoutEntity",
            "app.baton.notifications.internal.MailPreferenceEntity",
            "app.baton.notifications.internal.LinePreferenceEntity");

    /** Classes allowed to hold native SQL; empty. */
    static final Set<String> NATIVE_SQL_ALLOWED = Set.of();

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.baton");

    @Test
    void ui_never_touches_internal() {
        ArchRule rule = noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..internal..");
        rule.check(classes);
    }

    @Test
    void every_route_has_a_security_annotation() {
        ArchRule rule = classes()
                .that()
                .areAnnotatedWith(Route.class)
                .should()
                .beAnnotatedWith(RolesAllowed.class)
                .orShould()
                .beAnnotatedWith(PermitAll.class)
                .orShould()
                .beAnnotatedWith(com.vaadin.flow.server.auth.AnonymousAllowed.class);
        rule.check(classes);
    }

    @Test
    void every_entity_is_tenant_scoped_or_on_the_global_list() {
        DescribedPredicate<JavaClass> global = DescribedPredicate.describe(
                "on the global list", javaClass -> GLOBAL_ENTITIES.contains(javaClass.getName()));
        ArchRule rule = classes()
                .that()
                .areAnnotatedWith(Entity.class)
                .and(DescribedPredicate.not(global))
                .should()
                .beAssignableTo(TenantScopedEntity.class);
        rule.check(classes);
    }

    /**
     * The company's rows are chosen by the restriction each tenant-owned entity declares (decision 003): one without
     * it, or with a restriction of its own in its place, would be read for every company.
     */
    @Test
    void every_tenant_scoped_entity_declares_the_tenant_restriction_and_no_other() {
        ArchRule rule = classes()
                .that()
                .areAnnotatedWith(Entity.class)
                .and()
                .areAssignableTo(TenantScopedEntity.class)
                .should(new com.tngtech.archunit.lang.ArchCondition<>("declare the tenant restriction") {
                    @Override
                    public void check(JavaClass entity, com.tngtech.archunit.lang.ConditionEvents events) {
                        boolean declared = entity.tryGetAnnotationOfType(SQLRestriction.class)
                                .map(restriction -> restriction.value().equals(TenantRestriction.CONDITION))
                                .orElse(false);
                        if (!declared) {
                            events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(
                                    entity,
                                    entity.getName()
                                            + " does not declare @SQLRestriction(TenantRestriction.CONDITION)"));
                        }
                    }
                });
        rule.check(classes);
    }

    @Test
    void no_native_queries_outside_the_allow_list() {
        ArchRule rule = methods()
                .that()
                .areAnnotatedWith(Query.class)
                .should(new com.tngtech.archunit.lang.ArchCondition<>("not be native") {
                    @Override
                    public void check(
                            com.tngtech.archunit.core.domain.JavaMethod method,
                            com.tngtech.archunit.lang.ConditionEvents events) {
                        boolean nativeQuery =
                                method.getAnnotationOfType(Query.class).nativeQuery();
                        if (nativeQuery
                                && !NATIVE_SQL_ALLOWED.contains(
                                        method.getOwner().getName())) {
                            events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(
                                    method, method.getFullName() + " is a native query"));
                        }
                    }
                })
                .allowEmptyShould(true);
        rule.check(classes);
    }

    @Test
    void every_public_service_method_is_covered_by_method_security() {
        ArchRule rule = methods()
                .that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(Service.class)
                .and()
                .arePublic()
                .should()
                .beAnnotatedWith(PreAuthorize.class)
                .orShould()
                .beDeclaredInClassesThat()
                .areAnnotatedWith(PreAuthorize.class);
        rule.check(classes);
    }

    @Test
    void views_use_services_not_repositories() {
        ArchRule rule = noClasses()
                .that()
                .areAnnotatedWith(Route.class)
                .should()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Repository")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("jakarta.persistence.EntityManager");
        rule.check(classes);
    }

    /** The one place that may read the wall clock: the configuration that provides the application's Clock. */
    static final Set<String> WALL_CLOCK_ALLOWED = Set.of("app.baton.shared.ClockConfiguration");

    private static final Set<String> TIME_TYPES = Set.of(
            "java.time.Instant",
            "java.time.LocalDate",
            "java.time.LocalDateTime",
            "java.time.LocalTime",
            "java.time.YearMonth",
            "java.time.Year",
            "java.time.ZonedDateTime",
            "java.time.OffsetDateTime",
            "java.time.OffsetTime",
            "java.time.MonthDay");

    /**
     * No business rule and no test reads the wall clock: {@code now()} or {@code now(ZoneId)} of any java.time type,
     * {@code Clock.system*()}, {@code System.currentTimeMillis()} or {@code new Date()}. Time comes from the injected
     * {@code Clock} ({@code now(clock)}); tests set it ({@code MutableClock}). Test classes are checked too.
     */
    @Test
    void nothing_reads_the_wall_clock_outside_the_clock_configuration() {
        JavaClasses withTests = new ClassFileImporter().importPackages("app.baton");
        ArchRule rule = noClasses()
                .that(DescribedPredicate.describe(
                        "are not the clock configuration", (JavaClass c) -> !WALL_CLOCK_ALLOWED.contains(c.getName())))
                .should()
                .callMethodWhere(DescribedPredicate.describe("read the wall clock", call -> {
                    String owner = call.getTargetOwner().getName();
                    String name = call.getName();
                    var params = call.getTarget().getRawParameterTypes();
                    if (TIME_TYPES.contains(owner) && name.equals("now")) {
                        return params.isEmpty() || params.get(0).getName().equals("java.time.ZoneId");
                    }
                    if (owner.equals("java.time.Clock")) {
                        return name.equals("systemUTC") || name.equals("systemDefaultZone") || name.equals("system");
                    }
                    return owner.equals("java.lang.System") && name.equals("currentTimeMillis");
                }))
                .orShould()
                .callConstructor(java.util.Date.class)
                .because("time comes from the injected Clock, which tests set: a suite must pass on any date");
        rule.check(withTests);
    }

    /**
     * Raw SQL bypasses Hibernate's tenant filter: only these classes use a JdbcTemplate, and each names the tenant
     * itself (a {@code tenant_id = ?} or a column value) or reads the global {@code tenant} table.
     */
    static final Set<String> RAW_SQL_ALLOWED = Set.of(
            // ShedLock's lock table: no tenant data
            "app.baton.shared.SchedulingConfiguration",
            // the list of tenants to visit; each tenant's mail in its own tenant transaction
            "app.baton.notifications.MailJobs",
            // reminders: the tenants' time zones, and tenant_id set on every row it writes or reads
            "app.baton.reports.ReportReminders",
            // the audit log's hash chain: tenant_id in every statement (AuditChainIT)
            "app.baton.audit.AuditChain",
            // customers' first orders in batches: tenant_id in every statement (SalesFlowIT)
            "app.baton.sales.CustomerStore",
            // LINE's accounts, links, queue and deliveries: tenant_id in every statement (LineIT)
            "app.baton.notifications.LineStore");

    @Test
    void raw_sql_only_in_classes_that_name_the_tenant_themselves() {
        ArchRule rule = noClasses()
                .that(DescribedPredicate.describe(
                        "are not on the raw-SQL allow-list", (JavaClass c) -> !RAW_SQL_ALLOWED.contains(c.getName())))
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.springframework.jdbc.core..")
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage("org.springframework.jdbc.core.simple..")
                .because("native SQL bypasses the tenant filter (decision 003); add a class here only with an isolation"
                        + " test");
        rule.check(classes);
    }

    /** Work across all tenants: each caller is reviewed and keeps what it reads to the asker's own rows. */
    static final Set<String> SYSTEM_TRANSACTIONS_ALLOWED = Set.of(
            // the calendar visits every company's experiments
            "app.baton.experiments.ExperimentScheduler",
            // mail items and digests of every company
            "app.baton.notifications.MailJobs",
            // reminders of every company
            "app.baton.reports.ReportReminders",
            // LINE: a link and a push's claim, each for the company the row names
            "app.baton.notifications.LineStore",
            // an agency's own people and proposals, which span its client companies; memberships it creates
            "app.baton.tenancy.AgencyService",
            // sign-up: the account, the company and its first membership in one transaction
            "app.baton.tenancy.CompanyService",
            // invitation links carry their company; accepting creates an account and a membership
            "app.baton.tenancy.InvitationAcceptanceService",
            // demo data and test fixtures (absent from production profiles)
            "app.baton.tenancy.MembershipSeeder",
            // security's look-up of the asker's own memberships
            "app.baton.tenancy.TenancyMembershipDirectory",
            "app.baton.shared.tenant.TenantTransactions");

    @Test
    void only_reviewed_classes_work_across_all_tenants() {
        ArchRule rule = noClasses()
                .that(DescribedPredicate.describe(
                        "are not on the cross-tenant allow-list",
                        (JavaClass c) -> !SYSTEM_TRANSACTIONS_ALLOWED.contains(c.getName())))
                .should()
                .callMethodWhere(DescribedPredicate.describe(
                        "TenantTransactions.inSystem",
                        call -> call.getTargetOwner().getName().equals("app.baton.shared.tenant.TenantTransactions")
                                && call.getName().equals("inSystem")));
        rule.check(classes);
    }

    /**
     * A module's own components (not services) are reached by other modules too, so their public methods state who may
     * call them like a service's — unless a user never calls them: event listeners, scheduled jobs and their entry
     * points, Spring's and security's own call-backs, and demo-only seeders (absent from production profiles).
     */
    @Test
    void public_methods_of_module_components_carry_method_security_or_are_not_reached_by_users() {
        Set<String> systemEntryPoints = Set.of(
                // security's own call-backs and the asker's own identity
                "app.baton.security.BatonUserDetailsService",
                "app.baton.security.CurrentUser",
                "app.baton.security.AccountDirectory",
                "app.baton.security.SignInRecorder",
                "app.baton.tenancy.TenancyMembershipDirectory",
                // jobs: the scheduler's entry point and the same run at a given instant (tests)
                "app.baton.experiments.ExperimentScheduler",
                "app.baton.notifications.MailJobs",
                "app.baton.reports.ReportReminders",
                // claimed against verified: reached from a report upload and the sales module's listener only
                "app.baton.reports.Reconciliation",
                "app.baton.sales.SalesGroundTruth",
                // the demo data's start-up runner (default profile only)
                "app.baton.demo.DemoDataRunner",
                // Vaadin's start-up call-back (a listener on every UI's navigation)
                "app.baton.shell.FreshViews",
                "app.baton.shell.LightSessions",
                "app.baton.shell.SystemTexts");
        ArchRule rule = methods()
                .that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(org.springframework.stereotype.Component.class)
                .and()
                .areDeclaredInClassesThat()
                .resideInAPackage("app.baton.*")
                .and()
                .arePublic()
                .and()
                .areNotStatic()
                .and(DescribedPredicate.describe(
                        "are not listeners, jobs, system call-backs or demo-only",
                        (com.tngtech.archunit.core.domain.JavaMethod m) -> !m.isAnnotatedWith(
                                        org.springframework.context.event.EventListener.class)
                                && !m.isAnnotatedWith(
                                        org.springframework.transaction.event.TransactionalEventListener.class)
                                && !m.isAnnotatedWith(org.springframework.scheduling.annotation.Scheduled.class)
                                && !m.getOwner().isAnnotatedWith(app.baton.shared.DemoOnly.class)
                                && !systemEntryPoints.contains(m.getOwner().getName())))
                .should()
                .beAnnotatedWith(PreAuthorize.class)
                .allowEmptyShould(true);
        rule.check(classes);
    }

    /** Seeding past the rules (a company for an existing account, a known API token) exists only with demo data. */
    @Test
    void seeding_methods_live_only_in_demo_only_beans() {
        ArchRule rule = methods()
                .that()
                .haveName("createCompany")
                .or()
                .haveName("ensureKnownToken")
                .or()
                .haveName("addToAgency")
                .should()
                .beDeclaredInClassesThat()
                .areAnnotatedWith(app.baton.shared.DemoOnly.class);
        rule.check(classes);
        ArchRule demo = classes()
                .that()
                .resideInAPackage("app.baton.demo..")
                .and()
                .areAnnotatedWith(org.springframework.stereotype.Component.class)
                .should()
                .beAnnotatedWith(app.baton.shared.DemoOnly.class)
                .orShould()
                .beAnnotatedWith(org.springframework.context.annotation.Profile.class);
        demo.check(classes);
    }

    @Test
    void every_scheduled_job_runs_once_across_replicas() {
        ArchRule rule = methods()
                .that()
                .areAnnotatedWith(org.springframework.scheduling.annotation.Scheduled.class)
                .should()
                .beAnnotatedWith(net.javacrumbs.shedlock.spring.annotation.SchedulerLock.class)
                .because("several app replicas must not run the same job at once (decision 012)");
        rule.check(classes);
    }

    @Test
    void what_loads_with_the_sign_in_page_does_not_use_the_vaadin_icon_set() {
        // Vaadin's production bundle loads the @Layout's, the sign-in route's and the shell's listeners' components
        // with the first page; com.vaadin.flow.component.icon.Icon brings the whole icon set (56 KB) along (issue 16)
        ArchRule rule = noClasses()
                .that()
                .resideInAPackage("app.baton.shell..")
                .or()
                .haveFullyQualifiedName("app.baton.security.ui.LoginView")
                .or()
                .haveFullyQualifiedName("app.baton.shared.ui.LanguageToggle")
                .or()
                .haveFullyQualifiedName("app.baton.shared.ui.StatusBadge")
                .or()
                .haveFullyQualifiedName("app.baton.shared.ui.NavigationBadge")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("com.vaadin.flow.component.icon.Icon")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("com.vaadin.flow.component.icon.VaadinIcon")
                .because("the sign-in page must stay within 250 KB; the navigation uses icons/nav.svg");
        rule.check(classes);
    }
}
