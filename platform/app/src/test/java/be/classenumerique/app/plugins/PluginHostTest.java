package be.classenumerique.app.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import be.classenumerique.api.Caller;
import be.classenumerique.api.Role;
import be.classenumerique.api.activity.ActivityConfig;
import be.classenumerique.api.activity.ActivityType;
import be.classenumerique.api.activity.LearnerResponse;
import be.classenumerique.api.activity.Outcome;
import be.classenumerique.api.security.Permission;
import be.classenumerique.app.config.PlatformSettings;
import be.classenumerique.app.security.CurrentCaller;
import be.classenumerique.app.web.PublicAddress;
import be.classenumerique.core.activities.service.ActivityTypeRegistry;
import be.classenumerique.core.content.service.ContentLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Loads real plugin jars built by the test: a good one, one that requires another platform version, one
 * whose extension fails, a corrupt file and a jar that is no plugin. The good one works; every other is
 * refused with a reason; nothing stops the host.
 */
class PluginHostTest {

    @TempDir
    static Path plugins;

    private static PluginHost host;

    private static PluginPermissions permissions;

    @BeforeAll
    static void buildAndLoad() throws Exception {
        PluginJars.build(plugins, "good", ">=0.1.0");
        PluginJars.build(plugins, "future", ">=99.0.0");
        PluginJars.build(plugins, "broken", ">=0.1.0");
        PluginJars.build(plugins, "thief", ">=0.1.0");
        PluginJars.build(plugins, "snoop", ">=0.1.0");
        PluginJars.build(plugins, "context", ">=0.1.0");
        Files.write(plugins.resolve("corrupt.jar"), "definitely not a zip".getBytes(StandardCharsets.UTF_8));
        PluginJars.plainJar(plugins, "library.jar");
        permissions = new PluginPermissions((caller, classId) -> classId.equals(caller.accountId() + "-class"));
        host = new PluginHost(
                plugins,
                Clock.systemUTC(),
                new MockEnvironment().withProperty("cn.plugin.good.motto", "pair"),
                permissions);
    }

    @AfterAll
    static void close() {
        host.close();
    }

    @Test
    void theGoodPluginRunsAndEveryOtherFileIsRefusedWithAReason() {
        Map<String, PluginInfo> byId =
                host.describe().stream().collect(Collectors.toMap(PluginInfo::id, Function.identity()));

        assertThat(byId.get("good").state()).isEqualTo(PluginInfo.State.STARTED);
        assertThat(byId.get("good").extensions())
                .containsExactlyInAnyOrder(
                        "ActivityType: test.good.Parity",
                        "HttpEndpoint: test.good.Echo",
                        "HttpEndpoint: test.good.WhoAmI",
                        "ContentPack: test.good.Pack",
                        "PersonalDataProvider: test.good.Programs",
                        "PermissionProvider: test.good.Reviewers");
        assertThat(byId.get("future").state()).isEqualTo(PluginInfo.State.REFUSED);
        assertThat(byId.get("future").problem()).contains("requires platform version >=99.0.0");
        assertThat(byId.get("broken").state()).isEqualTo(PluginInfo.State.REFUSED);
        assertThat(byId.get("broken").problem())
                .contains("could not be created")
                .contains("no database today");
        assertThat(byId.get("thief").state()).isEqualTo(PluginInfo.State.REFUSED);
        assertThat(byId.get("thief").problem()).contains("permission good.programs.review must start with thief.");
        // Behind the wall: no core class, no Spring, whatever the plugin was compiled against.
        assertThat(byId.get("snoop").state()).isEqualTo(PluginInfo.State.REFUSED);
        assertThat(byId.get("snoop").problem())
                .contains("could not be created")
                .contains("be/classenumerique/core/people/service/AccountRepository");
        assertThat(byId.get("context").state()).isEqualTo(PluginInfo.State.REFUSED);
        assertThat(byId.get("context").problem()).contains("org.springframework.context.ApplicationContext");
        assertThat(byId.get("corrupt.jar").state()).isEqualTo(PluginInfo.State.REFUSED);
        assertThat(byId.get("corrupt.jar").problem()).startsWith("not a valid plugin");
        assertThat(byId.get("library.jar").state()).isEqualTo(PluginInfo.State.REFUSED);
        assertThat(host.startedCount()).isEqualTo(1);
        assertThat(host.extensions(ActivityType.class)).hasSize(1);
    }

    @Test
    void aPluginActivityTypeGradesOnTheServerWithItsContext() {
        ActivityType parity = host.extensions(ActivityType.class).getFirst();
        ActivityConfig config = new ActivityConfig("q", "good:parity", Locale.FRENCH, Map.of());

        assertThat(parity.id()).isEqualTo("good:parity");
        assertThat(parity.name(Locale.FRENCH)).isEqualTo("Bonjour de good");
        assertThat(parity.grade(config, new LearnerResponse(Map.of("number", 4)))
                        .outcome())
                .isEqualTo(Outcome.CORRECT);
        assertThat(parity.grade(config, new LearnerResponse(Map.of("number", "x")))
                        .outcome())
                .isEqualTo(Outcome.INCORRECT);
    }

    @Test
    void aPluginContentPackLoadsThroughTheSameValidation() {
        var registry = new ActivityTypeRegistry(host.extensions(ActivityType.class));

        var result = new ContentLoader(registry).load(host.contentSources());

        assertThat(result.problems()).isEmpty();
        assertThat(result.modules()).singleElement().satisfies(module -> {
            assertThat(module.id()).isEqualTo("even-numbers");
            assertThat(module.source()).isEqualTo("good");
        });
    }

    @Test
    void aPluginServesHttpAndStaticFilesUnderItsPrefix() throws Exception {
        PluginWeb web = web();

        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/plugins/good/http/echo");
        request.setParameter("q", "bonjour");
        MockHttpServletResponse response = new MockHttpServletResponse();
        web.endpoint("good", request, response);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).isEqualTo("good says bonjour (pair)");

        MockHttpServletResponse script = new MockHttpServletResponse();
        web.staticFile("good", new MockHttpServletRequest("GET", "/plugins/good/static/hello.js"), script);
        assertThat(script.getContentType()).isEqualTo("text/javascript");
        assertThat(script.getContentAsString()).contains("hello");

        MockHttpServletResponse escape = new MockHttpServletResponse();
        web.staticFile("good", new MockHttpServletRequest("GET", "/plugins/good/static/../../etc/passwd"), escape);
        assertThat(escape.getStatus()).isEqualTo(404);

        MockHttpServletResponse refused = new MockHttpServletResponse();
        web.endpoint("broken", new MockHttpServletRequest("GET", "/plugins/broken/http/echo"), refused);
        assertThat(refused.getStatus()).isEqualTo(404);
    }

    @Test
    void aPluginEndpointIsHeldApartFromTheSessionItsCookiesAndThePlatformsOrigin() throws Exception {
        PluginWeb web = web();
        // Only a request from the platform's own pages or the person's own action carries their session.
        MockHttpServletRequest crossSite = new MockHttpServletRequest("GET", "/plugins/good/http/whoami");
        crossSite.addHeader("Sec-Fetch-Site", "cross-site");
        assertThat(web.fromOwnPages(crossSite)).isFalse();
        MockHttpServletRequest oldBrowser = new MockHttpServletRequest("POST", "/plugins/good/http/whoami");
        oldBrowser.addHeader("Origin", "https://evil.example");
        assertThat(web.fromOwnPages(oldBrowser)).isFalse();
        MockHttpServletRequest own = new MockHttpServletRequest("POST", "/plugins/good/http/whoami");
        own.addHeader("Origin", "https://classe.ecole.be");
        assertThat(web.fromOwnPages(own)).isTrue();
        MockHttpServletRequest sameOrigin = new MockHttpServletRequest("GET", "/plugins/good/http/whoami");
        sameOrigin.addHeader("Sec-Fetch-Site", "same-origin");
        assertThat(web.fromOwnPages(sameOrigin)).isTrue();

        MockHttpServletResponse reply = whoAmI(web);
        assertThat(reply.getHeader("Set-Cookie")).isNull();
        assertThat(reply.getHeader("Content-Security-Policy"))
                .startsWith("sandbox ")
                .doesNotContain("default-src *");
        assertThat(reply.getHeader("X-Plugin")).isEqualTo("kept");
        assertThat(reply.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void oneAddressGetsALimitedNumberOfCallsAMinute() {
        PluginWeb web = web();

        for (int i = 0; i < PluginWeb.CALLS_PER_MINUTE; i++) {
            assertThat(web.withinRate("good", "10.0.0.1", 7)).isTrue();
        }

        assertThat(web.withinRate("good", "10.0.0.1", 7)).isFalse();
        assertThat(web.withinRate("good", "10.0.0.2", 7)).isTrue();
        assertThat(web.withinRate("good", "10.0.0.1", 8)).isTrue();
    }

    private static MockHttpServletResponse whoAmI(PluginWeb web) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/plugins/good/http/whoami");
        request.addHeader("Sec-Fetch-Site", "same-origin");
        MockHttpServletResponse response = new MockHttpServletResponse();
        web.endpoint("good", request, response);
        return response;
    }

    private static PluginWeb web() {
        return new PluginWeb(
                host,
                new CurrentCaller(),
                new PublicAddress(
                        new PlatformSettings(null, null, null, null, true, "https://classe.ecole.be", false),
                        new MockEnvironment()));
    }

    @Test
    void aPluginsPermissionIsHeldByItsRolesOnlyAndInTheirOwnClassesOnly() {
        Caller teacher = new Caller("t1", "s1", "T", Set.of(Role.TEACHER), Locale.FRENCH);
        Caller pupil = new Caller("p1", "s1", "P", Set.of(Role.PUPIL), Locale.FRENCH);

        assertThat(permissions.granted(teacher, "good.programs.review")).isTrue();
        assertThat(permissions.granted(pupil, "good.programs.review")).isFalse();
        assertThat(permissions.granted(teacher, "good.programs.reveiw")).isFalse();
        assertThat(permissions.granted(teacher, null)).isFalse();
        assertThat(permissions.grantedInClass(teacher, "good.programs.review", "t1-class"))
                .isTrue();
        assertThat(permissions.grantedInClass(teacher, "good.programs.review", "t2-class"))
                .isFalse();
        assertThat(permissions.grantedInClass(pupil, "good.programs.review", "p1-class"))
                .isFalse();
        Permission review = host.permissions().getFirst();
        assertThat(host.describe(review, Locale.FRENCH)).isEqualTo("Relire les programmes des élèves");
        assertThat(review.roles()).containsExactlyInAnyOrder(Role.TEACHER, Role.SCHOOL_ADMIN);
    }

    @Test
    void anExtensionIsTracedBackToItsPlugin() {
        assertThat(host.pluginOf(host.extensions(ActivityType.class).getFirst()))
                .contains("good");
    }
}
