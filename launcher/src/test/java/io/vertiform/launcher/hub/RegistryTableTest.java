package io.vertiform.launcher.hub;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.contracts.hub.ComponentRegistration;
import io.vertiform.contracts.hub.RegistryChange;
import io.vertiform.testkit.random.SeedExtension;
import io.vertiform.testkit.random.SeededRandom;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SeedExtension.class)
class RegistryTableTest {
    private static final String SELF = "local-0123456789abcdef";
    private static final String OTHER = "fedcba98-7654-3210-0000-000000000000";

    @Test
    void rendersAlignedColumnsAndMarksThisNode() {
        String table = RegistryTable.render(List.of(
                new ComponentRegistration("a.addr", "service", "t", Map.of("k", "v", "a", "1"), SELF),
                new ComponentRegistration("b.address", "resource", "local_file", Map.of(), OTHER)), SELF);
        assertThat(table).isEqualTo(""
                + "KIND      TYPE        ADDRESS    NODE                   METADATA\n"
                + "service   t           a.addr     local-01234567 (this)  a=1, k=v\n"
                + "resource  local_file  b.address  fedcba98\n");
    }

    @Test
    void anEmptyRegistryIsJustTheHeader() {
        assertThat(RegistryTable.render(List.of(), SELF)).isEqualTo("KIND  TYPE  ADDRESS  NODE  METADATA\n");
    }

    @Test
    void columnsLineUpByCodePointForAnyText(SeededRandom random) {
        List<ComponentRegistration> entries = random.listOf(6, () -> new ComponentRegistration(
                random.identifier(12), random.pick("resource", "function", "service"),
                random.identifier(3) + random.unicodeString(8).replaceAll("\\s", "_"), Map.of(), OTHER));
        String[] lines = RegistryTable.render(entries, SELF).split("\n");
        int addressColumn = lines[0].indexOf("ADDRESS");
        for (int i = 1; i < lines.length; i++) {
            ComponentRegistration entry = entries.get(i - 1);
            String line = lines[i];
            int offset = line.offsetByCodePoints(0, addressColumn);
            assertThat(line.substring(offset)).startsWith(entry.address());
        }
    }

    @Test
    void changesAreOneLineEach() {
        ComponentRegistration reg = new ComponentRegistration("x.addr", "function", "upper", Map.of(), OTHER);
        assertThat(RegistryTable.change(new RegistryChange(RegistryChange.Change.ADDED, reg), SELF))
                .isEqualTo("+ function upper at x.addr (node fedcba98)");
        assertThat(RegistryTable.change(new RegistryChange(RegistryChange.Change.REMOVED, reg), OTHER))
                .isEqualTo("- function upper at x.addr (node fedcba98 (this))");
    }
}
