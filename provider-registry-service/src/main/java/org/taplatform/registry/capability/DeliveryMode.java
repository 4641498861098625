package org.taplatform.registry.capability;

/** How an organisation delivers assistance. */
public enum DeliveryMode { WORKSHOP, ADVISORY, EQUIPMENT, FUNDING, SECONDMENT, ONLINE }
