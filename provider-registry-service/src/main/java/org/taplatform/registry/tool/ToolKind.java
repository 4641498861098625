package org.taplatform.registry.tool;

/** The kinds of TA tools UNODC and its partners disseminate. */
public enum ToolKind {
    MODEL_LAW, LEGISLATIVE_GUIDE, DIGEST_OF_CASES, TRAINING_PACKAGE, E_LEARNING_COURSE, CHECKLIST
}
