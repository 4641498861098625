package org.taplatform.reference;

/** A UN M49 geographic area. */
public record Region(String code, String parentCode, Level level, Labels names) {

    public enum Level { REGION, SUB_REGION, INTERMEDIATE_REGION }
}
