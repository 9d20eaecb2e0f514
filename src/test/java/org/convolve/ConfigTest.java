package org.convolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.convolve.settings.InvalidSetting;
import org.junit.jupiter.api.Test;

class ConfigTest {
    private static final String POSTGRES = "jdbc:postgresql://db.example.edu:5432/convolve?sslmode=require&password=x";

    @Test
    void productionOverHttpsOnPostgresHasNothingToWarnAbout() {
        Config config = Config.from(Map.of("CONVOLVE_ENV", "production",
                "CONVOLVE_PUBLIC_URL", "https://convolve.example.edu", "CONVOLVE_DB_URL", POSTGRES));

        assertEquals(List.of(), config.productionWarnings());
        assertEquals("PostgreSQL at db.example.edu:5432/convolve", DatabaseName.of(config));
    }

    @Test
    void productionOverHttpOnTheEmbeddedDatabaseIsWarnedAboutTwice() {
        List<String> warnings = Config.from(Map.of("CONVOLVE_ENV", "production",
                "CONVOLVE_PUBLIC_URL", "http://convolve.example.edu")).productionWarnings();

        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("CONVOLVE_PUBLIC_URL is http://convolve.example.edu: "), warnings.get(0));
        assertTrue(warnings.get(1).startsWith("the database is the embedded H2 file"), warnings.get(1));
    }

    @Test
    void aLaptopIsNotProduction() {
        assertEquals(List.of(), Config.from(Map.of()).productionWarnings());
    }

    @Test
    void aPublicUrlWithoutSchemeOrHostIsRefusedWithItsName() {
        for (String relative : List.of("convolve.example.edu", "/convolve", "ftp://files.example.edu")) {
            InvalidSetting refused = assertThrows(InvalidSetting.class,
                    () -> Config.from(Map.of("CONVOLVE_PUBLIC_URL", relative)));

            assertTrue(refused.getMessage().startsWith("CONVOLVE_PUBLIC_URL must be an absolute URL"), refused.getMessage());
        }
    }

    @Test
    void aZeroIsRefusedWhereTheToolCouldNotWorkWithIt() {
        for (String name : List.of("CONVOLVE_SESSION_HOURS", "CONVOLVE_DB_POOL_SIZE", "CONVOLVE_HTTP_THREADS",
                "CONVOLVE_MAX_REQUEST_BYTES", "CONVOLVE_GRADESYNC_THREADS", "CONVOLVE_GRADESYNC_POLL_MILLIS",
                "CONVOLVE_SERVICE_TIMEOUT_SECONDS")) {
            InvalidSetting refused = assertThrows(InvalidSetting.class, () -> Config.from(Map.of(name, "0")), name);

            assertTrue(refused.getMessage().startsWith(name + " must be a whole number from "), refused.getMessage());
        }
    }

    /** The schema migration holds two connections; Jetty keeps some threads for itself. */
    @Test
    void aPoolOfOneConnectionAndFewerHttpThreadsThanJettyNeedsAreRefusedWithTheLeast() {
        Map<String, String> tooFew = Map.of("CONVOLVE_DB_POOL_SIZE", "1", "CONVOLVE_HTTP_THREADS", "3");
        Map<String, Integer> least = Map.of("CONVOLVE_DB_POOL_SIZE", 2, "CONVOLVE_HTTP_THREADS", 8);
        tooFew.forEach((name, value) -> {
            InvalidSetting refused = assertThrows(InvalidSetting.class, () -> Config.from(Map.of(name, value)), name);

            assertTrue(refused.getMessage().startsWith(name + " must be a whole number from " + least.get(name) + " to"),
                    refused.getMessage());
        });
    }

    @Test
    void aZeroIsKeptWhereItMeansNone() {
        assertEquals(0, Config.from(Map.of("CONVOLVE_CLOCK_LEEWAY_SECONDS", "0")).clockLeeway().toSeconds());
    }

    @Test
    void aWordTheToolDoesNotKnowStopsTheStartInsteadOfMeaningTheDefault() {
        Map<String, String> typos = Map.of("CONVOLVE_ENV", "prod", "CONVOLVE_SANDBOX", "yes",
                "CONVOLVE_GRADESYNC_ENABLED", "on");
        typos.forEach((name, value) -> {
            InvalidSetting refused = assertThrows(InvalidSetting.class, () -> Config.from(Map.of(name, value)), name);

            assertTrue(refused.getMessage().startsWith(name + " must be ") && refused.getMessage().endsWith(
                    ", not '" + value + "'."), refused.getMessage());
        });
        assertTrue(Config.from(Map.of("CONVOLVE_ENV", "Production")).production());
        assertEquals(false, Config.from(Map.of("CONVOLVE_SANDBOX", "FALSE")).sandboxEnabled());
    }

    @Test
    void aPortBeyondTcpsRangeIsRefusedWithTheRange() {
        InvalidSetting refused = assertThrows(InvalidSetting.class, () -> Config.from(Map.of("CONVOLVE_PORT", "70000")));

        assertEquals("CONVOLVE_PORT must be a whole number from 0 to 65535, not '70000'.", refused.getMessage());
    }

    @Test
    void anEmptyValueIsNoValue() {
        Config config = Config.from(Map.of("CONVOLVE_DB_URL", "", "CONVOLVE_PLATFORMS_FILE", " "));

        assertTrue(config.jdbcUrl().startsWith("jdbc:h2:file:"), config.jdbcUrl());
        assertTrue(config.platformsFile().isEmpty());
    }

    @Test
    void aPublicUrlWithAPathIsRefusedSinceThePagesLinkFromTheRoot() {
        InvalidSetting refused = assertThrows(InvalidSetting.class,
                () -> Config.from(Map.of("CONVOLVE_PUBLIC_URL", "https://tools.example.edu/convolve")));

        assertTrue(refused.getMessage().startsWith("CONVOLVE_PUBLIC_URL must be the root of its host"), refused.getMessage());
        assertEquals("https://tools.example.edu",
                Config.from(Map.of("CONVOLVE_PUBLIC_URL", "https://tools.example.edu/")).publicUrl().toString());
    }
}
