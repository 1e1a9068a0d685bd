package org.crnstudio.ui.editor;

import java.util.List;
import java.util.Optional;

import org.crnstudio.lang.ide.services.CrnDocument;
import org.crnstudio.lang.ide.services.Region;
import org.crnstudio.lang.ide.services.TextEdit;
import org.crnstudio.ui.SharedLanguageServices;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewerExtension;
import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.IVerticalRuler;
import org.eclipse.jface.text.source.projection.ProjectionSupport;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.eclipse.ui.texteditor.ChainedPreferenceStore;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.eclipse.ui.texteditor.SourceViewerDecorationSupport;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/**
 * The .crn editor: a text editor with a projection (folding) viewer whose language support all comes from
 * CrnLanguageServices through the reconciler's snapshot (see CrnDocumentState). A TextEditor subclass rather than
 * the generic editor, because the generic editor offers neither an Outline page nor folding driven by our own
 * model, and its extension points would spread the shared per-editor parse over unrelated contributions.
 */
public class CrnEditor extends TextEditor {

	public static final String ID = "org.crnstudio.ui.editor.CrnEditor";
	public static final String CONTEXT_ID = "org.crnstudio.ui.crnEditorScope";
	public static final String OPEN_DECLARATION_COMMAND = "org.crnstudio.ui.openDeclaration";
	public static final String TOGGLE_COMMENT_COMMAND = "org.crnstudio.ui.toggleComment";
	public static final String FORMAT_COMMAND = "org.crnstudio.ui.format";

	private static final String MATCHING_BRACKETS = "org.crnstudio.ui.matchingBrackets";
	private static final String MATCHING_BRACKETS_COLOR = "org.crnstudio.ui.matchingBracketsColor";
	private static final char[] BRACKETS = { '{', '}', '(', ')', '[', ']' };

	private final CrnDocumentState state = new CrnDocumentState();
	private final ProblemAnnotations problemAnnotations = new ProblemAnnotations();
	private final FoldingUpdater folding = new FoldingUpdater();
	private final OccurrencesMarker occurrences = new OccurrencesMarker();
	private final IPropertyChangeListener themeListener = event -> {
		if (event.getProperty().startsWith(TokenColors.PREFIX)) {
			recolourAll();
		}
	};
	private final ISelectionChangedListener caretListener = event -> caretMoved();
	private CrnOutlinePage outlinePage;
	private ChunkedRecolouring recolouring;
	private volatile long reconciledStamp = Long.MIN_VALUE;

	public CrnEditor() {
		setSourceViewerConfiguration(new CrnSourceViewerConfiguration(state, createPreferenceStore()));
		setKeyBindingScopes(new String[] { CONTEXT_ID });
		state.addListener(this::reconciled);
	}

	private IPreferenceStore createPreferenceStore() {
		ScopedPreferenceStore own = new ScopedPreferenceStore(InstanceScope.INSTANCE, "org.crnstudio.ui");
		own.setDefault(MATCHING_BRACKETS, true);
		own.setDefault(MATCHING_BRACKETS_COLOR, "128,128,128");
		IPreferenceStore chained = new ChainedPreferenceStore(
				new IPreferenceStore[] { own, EditorsUI.getPreferenceStore() });
		setPreferenceStore(chained);
		return chained;
	}

	@Override
	protected void doSetInput(IEditorInput input) throws CoreException {
		super.doSetInput(input);
		if (input != null) {
			state.setFileName(input.getName());
		}
		IDocument document = getDocumentProvider() == null ? null : getDocumentProvider().getDocument(input);
		if (document != null) {
			state.connect(document);
		}
	}

	@Override
	protected ISourceViewer createSourceViewer(Composite parent, IVerticalRuler ruler, int styles) {
		ProjectionViewer viewer = new ProjectionViewer(parent, ruler, getOverviewRuler(), isOverviewRulerVisible(),
				styles);
		getSourceViewerDecorationSupport(viewer);
		return viewer;
	}

	@Override
	public void createPartControl(Composite parent) {
		super.createPartControl(parent);
		ProjectionViewer viewer = (ProjectionViewer) getSourceViewer();
		ProjectionSupport projection = new ProjectionSupport(viewer, getAnnotationAccess(), getSharedColors());
		projection.addSummarizableAnnotationType(ProblemAnnotations.ERROR);
		projection.addSummarizableAnnotationType(ProblemAnnotations.WARNING);
		projection.install();
		viewer.doOperation(ProjectionViewer.TOGGLE);
		recolouring = new ChunkedRecolouring(viewer);
		state.setRecolouring(recolouring::recolour);
		if (viewer instanceof IPostSelectionProvider provider) {
			provider.addPostSelectionChangedListener(caretListener);
		}
		PlatformUI.getWorkbench().getThemeManager().addPropertyChangeListener(themeListener);
		ParsedSnapshot parsed = state.latest();
		if (parsed != null) {
			reconciled(parsed);
		}
	}

	@Override
	protected void configureSourceViewerDecorationSupport(SourceViewerDecorationSupport support) {
		support.setCharacterPairMatcher(new DefaultCharacterPairMatcher(BRACKETS));
		support.setMatchingCharacterPainterPreferenceKeys(MATCHING_BRACKETS, MATCHING_BRACKETS_COLOR);
		super.configureSourceViewerDecorationSupport(support);
	}

	@Override
	protected void createActions() {
		super.createActions();
		addAction("OpenDeclaration", "Open Declaration", OPEN_DECLARATION_COMMAND, this::openDeclaration);
		addAction("ToggleComment", "Toggle Comment", TOGGLE_COMMENT_COMMAND, this::toggleComment);
		addAction("Format", "Format", FORMAT_COMMAND, this::format);
	}

	private void addAction(String id, String label, String command, Runnable run) {
		IAction action = new Action(label) {
			@Override
			public void run() {
				run.run();
			}
		};
		action.setActionDefinitionId(command);
		setAction(id, action);
	}

	@Override
	protected void editorContextMenuAboutToShow(IMenuManager menu) {
		super.editorContextMenuAboutToShow(menu);
		addAction(menu, ITextEditorActionConstants.GROUP_OPEN, "OpenDeclaration");
		addAction(menu, ITextEditorActionConstants.GROUP_EDIT, "ToggleComment");
		addAction(menu, ITextEditorActionConstants.GROUP_EDIT, "Format");
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (IContentOutlinePage.class.equals(adapter)) {
			if (outlinePage == null) {
				outlinePage = new CrnOutlinePage(this);
				ParsedSnapshot parsed = state.latest();
				if (parsed != null) {
					outlinePage.setRoots(parsed.outline());
				}
			}
			return adapter.cast(outlinePage);
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void dispose() {
		PlatformUI.getWorkbench().getThemeManager().removePropertyChangeListener(themeListener);
		state.disconnect();
		super.dispose();
	}

	// ---------------------------------------------------------------- after each reconcile

	/** Called on the reconciler thread with a new snapshot. */
	private void reconciled(ParsedSnapshot parsed) {
		ISourceViewer viewer = getSourceViewer();
		if (viewer == null) {
			return;
		}
		IDocument document = viewer.getDocument();
		IAnnotationModel annotations = getDocumentProvider() == null ? null
				: getDocumentProvider().getAnnotationModel(getEditorInput());
		if (document != null) {
			problemAnnotations.show(annotations, parsed.document().problems(), document.getLength());
		}
		if (recolouring != null) {
			recolouring.recolour(parsed.stamp());
		}
		Display display = viewer.getTextWidget() == null ? null : viewer.getTextWidget().getDisplay();
		if (display == null || display.isDisposed()) {
			return;
		}
		display.asyncExec(() -> {
			ISourceViewer current = getSourceViewer();
			if (current == null || current.getTextWidget() == null || current.getTextWidget().isDisposed()) {
				return;
			}
			if (CrnDocumentState.stamp(current.getDocument()) == parsed.stamp()) {
				folding.update(((ProjectionViewer) current).getProjectionAnnotationModel(), current.getDocument(),
						parsed.foldingRegions());
				if (outlinePage != null) {
					outlinePage.setRoots(parsed.outline());
				}
			}
			reconciledStamp = parsed.stamp();
		});
	}

	private void recolourAll() {
		ISourceViewer viewer = getSourceViewer();
		if (viewer != null && viewer.getDocument() != null && viewer.getTextWidget() != null) {
			viewer.invalidateTextPresentation();
		}
	}

	private void caretMoved() {
		ISourceViewer viewer = getSourceViewer();
		if (viewer == null || !(getSelectionProvider().getSelection() instanceof ITextSelection selection)) {
			return;
		}
		int caret = selection.getOffset();
		if (outlinePage != null) {
			outlinePage.revealOffset(caret);
		}
		occurrences.caretMoved(state, viewer.getDocument(), annotationModel(), caret);
	}

	private IAnnotationModel annotationModel() {
		return getDocumentProvider() == null ? null : getDocumentProvider().getAnnotationModel(getEditorInput());
	}

	// ---------------------------------------------------------------- commands (also called by tests)

	/** F3: selects the declaration of the name at the caret; false if there is none. */
	public boolean openDeclaration() {
		IDocument document = getSourceViewer().getDocument();
		int caret = ((ITextSelection) getSelectionProvider().getSelection()).getOffset();
		Optional<Region> target = SharedLanguageServices.get().definition(state.currentDocument(document), caret);
		target.ifPresent(region -> selectAndReveal(region.offset(), region.length()));
		return target.isPresent();
	}

	/** Ctrl+/: comments the selected lines in or out. */
	public void toggleComment() {
		ITextSelection selection = (ITextSelection) getSelectionProvider().getSelection();
		IRewriteTarget target = ((ITextViewerExtension) getSourceViewer()).getRewriteTarget();
		target.beginCompoundChange();
		try {
			LineComments.toggle(getSourceViewer().getDocument(), selection.getOffset(), selection.getLength());
		} catch (BadLocationException e) {
			ILog.of(getClass()).error("Cannot toggle the comment of the selection", e);
		} finally {
			target.endCompoundChange();
		}
	}

	/** Ctrl+Shift+F: formats the whole file, if the service has a formatter; false if nothing changed. */
	public boolean format() {
		IDocument document = getSourceViewer().getDocument();
		CrnDocument parsed = state.currentDocument(document);
		Optional<String> formatted = SharedLanguageServices.get().format(parsed);
		if (formatted.isEmpty() || formatted.get().equals(document.get())) {
			return false;
		}
		TextEdit edit = MinimalReplacement.between(document.get(), formatted.get());
		try {
			TextEdits.apply(document, List.of(edit), ((ITextViewerExtension) getSourceViewer()).getRewriteTarget());
			return true;
		} catch (BadLocationException e) {
			ILog.of(getClass()).error("Cannot apply the formatting", e);
			return false;
		}
	}

	/** The state shared by this editor's services (latest parse). */
	public CrnDocumentState documentState() {
		return state;
	}

	/** Whether the latest reconcile covers the current text and its results reached the UI (UI thread). */
	public boolean isReconciled() {
		ISourceViewer viewer = getSourceViewer();
		return viewer != null && reconciledStamp == CrnDocumentState.stamp(viewer.getDocument());
	}

	/** The viewer, for tests and handlers. */
	public ISourceViewer viewer() {
		return getSourceViewer();
	}

	/** Marked occurrences now. */
	public int markedOccurrences() {
		return occurrences.count();
	}
}
