package org.passerelle.xliff;

public enum XliffVersion {
    V1_2("1.2"), V2("2.1");

    private final String label;

    XliffVersion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** "1.2" or "2" (also "2.0", "2.1"). */
    public static XliffVersion parse(String v) {
        return v != null && v.trim().startsWith("2") ? V2 : V1_2;
    }
}
