package org.crnstudio.plot;

/** How an axis maps values: linearly, or logarithmically (then only positive values can be shown). */
public enum AxisScale {
	LINEAR, LOG
}
