package org.crnstudio.ui.views.graph;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/** Preferences > CRN Studio > Reaction Graph: the node cap of Expand. */
public final class GraphPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public GraphPreferencePage() {
		super(GRID);
		ScopedPreferenceStore store = new ScopedPreferenceStore(InstanceScope.INSTANCE, GraphPreferences.QUALIFIER);
		store.setDefault(GraphPreferences.EXPAND_NODE_CAP, GraphPreferences.DEFAULT_EXPAND_NODE_CAP);
		setPreferenceStore(store);
		setDescription("Expand draws every species and reaction of a network up to this many nodes; larger networks"
				+ " keep their groups (laying out thousands of nodes takes minutes and shows nothing readable).");
	}

	@Override
	protected void createFieldEditors() {
		IntegerFieldEditor cap = new IntegerFieldEditor(GraphPreferences.EXPAND_NODE_CAP,
				"Largest graph Expand lays out (nodes):", getFieldEditorParent(), 7);
		cap.setValidRange(1, 1_000_000);
		addField(cap);
	}

	@Override
	public void init(IWorkbench workbench) {
	}
}
