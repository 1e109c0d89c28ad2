package org.gflow.engine.identity;

import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldif.LDIFException;
import com.unboundid.ldif.LDIFReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The accounts of the embedded directory's demo seed, whose password is {@link #PASSWORD}. */
final class DemoAccounts {

    static final String PASSWORD = "demo";
    private static final String SEED = "gflow/ldap/seed.ldif";

    private DemoAccounts() {}

    /** Every {@code uid} in the seed. */
    static List<String> userIds() {
        List<String> ids = new ArrayList<>();
        try (InputStream in = DemoAccounts.class.getClassLoader().getResourceAsStream(SEED)) {
            if (in == null) {
                throw new IllegalStateException("The demo seed " + SEED + " is missing from the classpath");
            }
            LDIFReader reader = new LDIFReader(in);
            for (Entry entry = reader.readEntry(); entry != null; entry = reader.readEntry()) {
                String uid = entry.getAttributeValue("uid");
                if (uid != null) {
                    ids.add(uid);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo seed " + SEED, e);
        } catch (LDIFException e) {
            throw new IllegalStateException("The demo seed " + SEED + " is not valid LDIF", e);
        }
        return ids;
    }
}
