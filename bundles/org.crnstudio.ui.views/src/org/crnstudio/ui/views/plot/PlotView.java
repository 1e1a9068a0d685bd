package org.crnstudio.ui.views.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.crnstudio.io.AtomicFileWriter;
import org.crnstudio.io.CsvTrajectoryWriter;
import org.crnstudio.io.Trajectory;
import org.crnstudio.plot.AxisFit;
import org.crnstudio.plot.AxisScale;
import org.crnstudio.plot.ChartData;
import org.crnstudio.plot.ChartWriter;
import org.crnstudio.plot.EnsembleColumns;
import org.crnstudio.plot.Extent;
import org.crnstudio.plot.PlotBand;
import org.crnstudio.plot.PlotSeries;
import org.crnstudio.plot.PlotSettings;
import org.crnstudio.plot.SeriesPalette;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ICustomPaintListener;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

/**
 * The Plot view: the series of a simulation run over time (or against any series: a phase plot), with a legend
 * whose check boxes show and hide series, linear or log axes, wheel zoom and drag pan, and export to PNG, SVG and
 * CSV. An SSA ensemble's series is drawn as its mean with a band mean +- sd; a training's metrics as errors (left
 * axis) and accuracies (right axis, 0 to 1) against the iteration. While a run streams, the view redraws a few
 * times a second from the rows already there. The axes fit the data itself ({@link AxisFit}), whatever the
 * plot's size in pixels.
 */
public final class PlotView extends ViewPart {

	public static final String ID = "org.crnstudio.ui.views.plot";
	private static final int LIVE_REFRESH_MS = 200;

	private Chart chart;
	private Table legend;
	private Combo xColumn;
	private Button logX;
	private Button logY;
	private Label status;
	private Trajectory trajectory;
	private String title = "";
	private final Set<String> hidden = new LinkedHashSet<>();
	private boolean live;
	private int drawnRows = -1;
	private int dragX;
	private int dragY;
	private boolean dragging;
	/** Until the user zooms or pans, the axes follow the data. */
	private boolean userMoved;
	/** What is drawn now (the bands are painted from it). */
	private ChartData drawn;
	/** Id of the right Y axis (accuracies of a training), or -1 while there is none. */
	private int rightAxis = -1;

	/** Opens (or brings up) the Plot view of the page. */
	public static PlotView open(IWorkbenchPage page) throws PartInitException {
		return (PlotView) page.showView(ID, null, IWorkbenchPage.VIEW_VISIBLE);
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(2, false));
		Composite controls = new Composite(body, SWT.NONE);
		controls.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		controls.setLayout(new GridLayout(5, false));
		new Label(controls, SWT.NONE).setText("X:");
		xColumn = new Combo(controls, SWT.READ_ONLY);
		xColumn.addListener(SWT.Selection, e -> newAxes());
		logX = checkBox(controls, "log X");
		logY = checkBox(controls, "log Y");
		status = new Label(controls, SWT.NONE);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		status.setText("Run a CRN Simulation: its series appear here.");
		legend = new Table(body, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
		GridData legendData = new GridData(SWT.FILL, SWT.FILL, false, true);
		legendData.widthHint = 140;
		legend.setLayoutData(legendData);
		legend.addListener(SWT.Selection, this::legendToggled);
		chart = new Chart(body, SWT.NONE);
		chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		chart.getLegend().setVisible(false); // the table is the legend, with toggles
		chart.getTitle().setText("");
		chart.getPlotArea().addCustomPaintListener(new BandPainter());
		hookZoomAndPan();
		contributeActions(getViewSite().getActionBars().getToolBarManager());
	}

	private Button checkBox(Composite parent, String text) {
		Button button = new Button(parent, SWT.CHECK);
		button.setText(text);
		button.addListener(SWT.Selection, e -> newAxes());
		return button;
	}

	private void contributeActions(IToolBarManager toolBar) {
		toolBar.add(action("Fit", () -> {
			userMoved = false;
			fitAxes();
			chart.redraw();
		}));
		toolBar.add(action("PNG", () -> export("*.png")));
		toolBar.add(action("SVG", () -> export("*.svg")));
		toolBar.add(action("CSV", () -> export("*.csv")));
	}

	private static Action action(String text, Runnable run) {
		Action action = new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
		action.setToolTipText(switch (text) {
			case "Fit" -> "Show all data";
			default -> "Export the plot as " + text;
		});
		return action;
	}

	private void hookZoomAndPan() {
		var plotArea = chart.getPlotArea().getControl();
		plotArea.addListener(SWT.MouseVerticalWheel, e -> {
			userMoved = true;
			for (IAxis axis : chart.getAxisSet().getAxes()) {
				double at = axis.getDirection() == IAxis.Direction.X ? axis.getDataCoordinate(e.x) : axis.getDataCoordinate(e.y);
				if (e.count > 0) {
					axis.zoomIn(at);
				} else {
					axis.zoomOut(at);
				}
			}
			chart.redraw();
		});
		plotArea.addListener(SWT.MouseDown, e -> {
			dragging = e.button == 1;
			dragX = e.x;
			dragY = e.y;
		});
		plotArea.addListener(SWT.MouseUp, e -> dragging = false);
		plotArea.addListener(SWT.MouseMove, e -> {
			if (!dragging) {
				return;
			}
			userMoved = true;
			for (IAxis axis : chart.getAxisSet().getAxes()) {
				boolean horizontal = axis.getDirection() == IAxis.Direction.X;
				double from = axis.getDataCoordinate(horizontal ? dragX : dragY);
				double to = axis.getDataCoordinate(horizontal ? e.x : e.y);
				Range range = axis.getRange();
				if (axis.isLogScaleEnabled()) {
					double factor = from / to;
					axis.setRange(new Range(range.lower * factor, range.upper * factor));
				} else {
					axis.setRange(new Range(range.lower + from - to, range.upper + from - to));
				}
			}
			dragX = e.x;
			dragY = e.y;
			chart.redraw();
		});
	}

	@Override
	public void setFocus() {
		chart.setFocus();
	}

	/**
	 * Shows a trajectory. With live = true the view keeps redrawing as rows arrive until {@link #finished()}.
	 * Call from the UI thread.
	 */
	public void show(Trajectory shown, String runTitle, boolean streaming) {
		this.trajectory = shown;
		this.title = runTitle;
		this.live = streaming;
		this.drawnRows = -1;
		this.userMoved = false;
		hidden.retainAll(shown.seriesNames());
		String previousX = xColumn.getText();
		List<String> columns = new ArrayList<>();
		columns.add(shown.timeName()); // the first column by its real name: time, or a training's iteration
		columns.addAll(shown.seriesNames());
		xColumn.setItems(columns.toArray(String[]::new));
		xColumn.select(Math.max(0, columns.indexOf(previousX)));
		chart.getTitle().setText(runTitle);
		redrawAll(true);
		if (streaming) {
			scheduleLiveRefresh();
		}
	}

	/** The run that streams into the view has ended: draw its last rows and stop polling. */
	public void finished() {
		live = false;
		redrawAll(true);
	}

	/** The chart widget (tests check its size). */
	public org.eclipse.swt.widgets.Control chartControl() {
		return chart;
	}

	public Trajectory trajectory() {
		return trajectory;
	}

	public boolean isLive() {
		return live;
	}

	/** The range an axis shows now: X, the left Y axis (0) or the right one (1). */
	public Extent range(boolean xAxis, int yAxis) {
		IAxis axis = xAxis ? chart.getAxisSet().getXAxis(0)
				: chart.getAxisSet().getYAxis(yAxis == 1 ? rightAxis : 0);
		if (axis == null) {
			throw new IllegalArgumentException("there is no Y axis " + yAxis + " now");
		}
		return new Extent(axis.getRange().lower, axis.getRange().upper);
	}

	/** The titles of the Y axes shown, left first. */
	public List<String> yAxisTitles() {
		List<String> titles = new ArrayList<>();
		for (IAxis axis : chart.getAxisSet().getYAxes()) {
			titles.add(axis.getTitle().getText());
		}
		return titles;
	}

	/** Names of the series in the legend, in order (an ensemble's _sd columns are bands, not entries). */
	public List<String> seriesNames() {
		List<String> names = new ArrayList<>();
		for (TableItem item : legend.getItems()) {
			names.add(item.getText());
		}
		return names;
	}

	/** Names of the series drawn (checked in the legend). */
	public List<String> visibleSeries() {
		List<String> names = new ArrayList<>();
		for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
			if (series.isVisible()) {
				names.add(series.getId());
			}
		}
		return names;
	}

	/** How many points the chart holds for a series (the rows drawn so far). */
	public int pointCount(String series) {
		ISeries<?> drawn = chart.getSeriesSet().getSeries(series);
		return drawn == null ? 0 : drawn.getXSeries().length;
	}

	public void setSeriesVisible(String series, boolean visible) {
		if (visible) {
			hidden.remove(series);
		} else {
			hidden.add(series);
		}
		redrawAll(false);
	}

	/** The columns the X drop-down offers: the first column by its name (time, iteration), then every series. */
	public List<String> xColumns() {
		return List.of(xColumn.getItems());
	}

	public void setXColumn(String column) {
		int index = xColumn.indexOf(column);
		if (index < 0) {
			throw new IllegalArgumentException("no column " + column + " to use as X; valid: " + String.join(", ", xColumn.getItems()));
		}
		xColumn.select(index);
		newAxes();
	}

	public void setLogScale(boolean x, boolean y) {
		logX.setSelection(x);
		logY.setSelection(y);
		newAxes();
	}

	public boolean isLogScale(boolean xAxis) {
		return (xAxis ? chart.getAxisSet().getXAxis(0) : chart.getAxisSet().getYAxis(0)).isLogScaleEnabled();
	}

	/** What the view shows, as settings for a headless chart (visible series, X column, scales). */
	public PlotSettings settings() {
		List<String> shown = seriesNames().stream().filter(n -> !hidden.contains(n) && !n.equals(xColumn.getText())).toList();
		return PlotSettings.defaults(title).withXColumn(xColumn.getText()).withSeries(shown)
				.withScales(logX.getSelection() ? AxisScale.LOG : AxisScale.LINEAR,
						logY.getSelection() ? AxisScale.LOG : AxisScale.LINEAR);
	}

	/** Saves the chart as shown (zoom included) as a PNG, atomically. */
	public void exportPng(Path file) throws IOException {
		AtomicFileWriter.writeVia(file, temporary -> chart.save(temporary.toString(), SWT.IMAGE_PNG));
	}

	/** Saves the visible series (full range) as an SVG drawing. */
	public void exportSvg(Path file) throws IOException {
		ChartWriter.write(requireTrajectory(), settings(), file);
	}

	/** Saves every series of the run as CSV. */
	public void exportCsv(Path file) throws IOException {
		new CsvTrajectoryWriter().write(requireTrajectory(), file);
	}

	private Trajectory requireTrajectory() {
		if (trajectory == null) {
			throw new IllegalStateException("no run is shown: launch a CRN Simulation first");
		}
		return trajectory;
	}

	private void export(String extension) {
		if (trajectory == null) {
			MessageDialog.openInformation(getSite().getShell(), "Export", "No run is shown: launch a CRN Simulation first.");
			return;
		}
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { extension });
		dialog.setFileName((title.isEmpty() ? "plot" : title) + extension.substring(1));
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		try {
			Path file = Path.of(chosen);
			switch (extension) {
				case "*.png" -> exportPng(file);
				case "*.svg" -> exportSvg(file);
				default -> exportCsv(file);
			}
		} catch (IOException | RuntimeException e) {
			MessageDialog.openError(getSite().getShell(), "Export", chosen + ": cannot be written: " + e.getMessage());
		}
	}

	private void legendToggled(Event event) {
		if (event.detail == SWT.CHECK && event.item instanceof TableItem item) {
			setSeriesVisible(item.getText(), item.getChecked());
		}
	}

	private void scheduleLiveRefresh() {
		chart.getDisplay().timerExec(LIVE_REFRESH_MS, () -> {
			if (chart.isDisposed() || !live) {
				return;
			}
			if (trajectory.size() != drawnRows) {
				redrawAll(true);
			}
			scheduleLiveRefresh();
		});
	}

	/** Another X column or scale: the axes are fitted to the data again, whatever the zoom was. */
	private void newAxes() {
		userMoved = false;
		redrawAll(true);
	}

	/** Rebuilds the legend and the chart's series from the trajectory; adjusts the axes when asked. */
	private void redrawAll(boolean adjustRange) {
		if (trajectory == null || chart.isDisposed()) {
			return;
		}
		rebuildLegend();
		PlotSettings settings = settings().withSeries(
				seriesNames().stream().filter(n -> !n.equals(xColumn.getText())).toList());
		ChartData data = ChartData.of(trajectory, settings);
		drawn = data;
		drawnRows = trajectory.size();
		IAxis x = chart.getAxisSet().getXAxis(0);
		IAxis y = chart.getAxisSet().getYAxis(0);
		x.enableLogScale(false);
		y.enableLogScale(false);
		for (ISeries<?> old : chart.getSeriesSet().getSeries()) {
			chart.getSeriesSet().deleteSeries(old.getId());
		}
		IAxis right = rightAxis(data.yLabels().size() > 1 ? data.yLabels().get(1) : null);
		for (PlotSeries line : data.series()) {
			@SuppressWarnings("unchecked")
			ILineSeries<Object> series = (ILineSeries<Object>) chart.getSeriesSet().createSeries(SeriesType.LINE, line.name());
			series.setXSeries(line.x());
			series.setYSeries(line.y());
			series.setSymbolType(ILineSeries.PlotSymbolType.NONE);
			series.setLineStyle(LineStyle.SOLID);
			series.setLineWidth(2);
			series.setLineColor(color(SeriesPalette.rgb(line.colour())));
			series.setVisible(!hidden.contains(line.name()));
			if (line.yAxis() == 1 && right != null) {
				series.setYAxisId(right.getId());
			}
		}
		x.getTitle().setText(data.xLabel());
		y.getTitle().setText(data.yLabels().get(0));
		followTheme(right == null ? new IAxis[] { x, y } : new IAxis[] { x, y, right });
		if (data.series().stream().anyMatch(s -> s.size() > 0)) {
			x.enableLogScale(logX.getSelection());
			y.enableLogScale(logY.getSelection());
		}
		if (adjustRange && !userMoved) {
			fitAxes();
		}
		status.setText(title + ": " + trajectory.size() + " rows" + (live ? " (running)" : "")
				+ (data.droppedPoints() > 0 ? ", " + data.droppedPoints() + " points <= 0 left out of the log axis" : ""));
		status.getParent().layout();
		chart.redraw();
	}

	/** Axis and title text in the widget's own foreground, so the light and the dark theme both read well. */
	private void followTheme(IAxis... axes) {
		Color text = chart.getForeground();
		chart.getTitle().setForeground(text);
		for (IAxis axis : axes) {
			axis.getTitle().setForeground(text);
			axis.getTick().setForeground(text);
		}
	}

	/**
	 * Fits every axis to the data drawn: ranges from the data alone (SWTChart's own adjustRange adds margins of a
	 * few pixels, which on a plot still being laid out, a few pixels wide, became most of the range: a run over
	 * [0, 50] showed -38 to 88).
	 */
	private void fitAxes() {
		if (drawn == null) {
			return;
		}
		AxisScale xScale = logX.getSelection() ? AxisScale.LOG : AxisScale.LINEAR;
		AxisScale yScale = logY.getSelection() ? AxisScale.LOG : AxisScale.LINEAR;
		setRange(chart.getAxisSet().getXAxis(0), AxisFit.x(drawn.xExtent(), xScale));
		setRange(chart.getAxisSet().getYAxis(0), AxisFit.y(drawn.yExtent(0), yScale));
		if (rightAxis >= 0) {
			setRange(chart.getAxisSet().getYAxis(rightAxis), AxisFit.accuracy());
		}
	}

	private static void setRange(IAxis axis, Extent extent) {
		axis.setRange(new Range(extent.min(), extent.max()));
	}

	/** The right Y axis titled so when a series is read on it, created on first use; removed when none is. */
	private IAxis rightAxis(String title) {
		if (title == null) {
			if (rightAxis >= 0) {
				chart.getAxisSet().deleteYAxis(rightAxis);
				rightAxis = -1;
			}
			return null;
		}
		if (rightAxis < 0) {
			rightAxis = chart.getAxisSet().createYAxis();
			chart.getAxisSet().getYAxis(rightAxis).setPosition(IAxis.Position.Secondary);
		}
		IAxis axis = chart.getAxisSet().getYAxis(rightAxis);
		axis.getTitle().setText(title);
		return axis;
	}

	private void rebuildLegend() {
		// an ensemble's _sd columns are bands; a column without any value (no validation set) draws nothing
		List<String> names = EnsembleColumns.lines(trajectory.seriesNames()).stream().filter(this::hasValues).toList();
		if (!names.equals(seriesNames())) {
			legend.removeAll();
			for (int i = 0; i < names.size(); i++) {
				TableItem item = new TableItem(legend, SWT.NONE);
				item.setText(names.get(i));
				// the colour of its line: its position among all the run's lines, as ChartData gives it
				item.setForeground(color(SeriesPalette.rgb(EnsembleColumns.lines(trajectory.seriesNames()).indexOf(names.get(i)))));
			}
		}
		for (TableItem item : legend.getItems()) {
			item.setChecked(!hidden.contains(item.getText()));
		}
	}

	/** Whether a column holds a value to draw (or the run has no rows yet). */
	private boolean hasValues(String column) {
		double[] values = trajectory.series(column);
		return values.length == 0 || java.util.Arrays.stream(values).anyMatch(v -> !Double.isNaN(v));
	}

	private Color color(int rgb) {
		return new Color(chart.getDisplay(), (rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
	}

	/** Paints each visible ensemble series' band, mean +- sd, beneath the lines in its colour, half transparent. */
	private final class BandPainter implements ICustomPaintListener {

		private static final int ALPHA = 64;

		@Override
		public void paintControl(org.eclipse.swt.events.PaintEvent event) {
			if (drawn == null || drawn.bands().isEmpty()) {
				return;
			}
			IAxis x = chart.getAxisSet().getXAxis(0);
			IAxis y = chart.getAxisSet().getYAxis(0);
			int alpha = event.gc.getAlpha();
			for (PlotBand band : drawn.bands()) {
				PlotSeries line = drawn.series().stream().filter(s -> s.name().equals(band.name())).findFirst().orElse(null);
				if (line == null || hidden.contains(band.name()) || band.size() < 2) {
					continue;
				}
				int n = band.size();
				int[] polygon = new int[4 * n];
				for (int i = 0; i < n; i++) {
					polygon[2 * i] = x.getPixelCoordinate(band.x()[i]);
					polygon[2 * i + 1] = y.getPixelCoordinate(band.upper()[i]);
					int back = n - 1 - i; // the lower edge, back from the end
					polygon[2 * (n + i)] = x.getPixelCoordinate(band.x()[back]);
					polygon[2 * (n + i) + 1] = y.getPixelCoordinate(band.lower()[back]);
				}
				event.gc.setBackground(color(SeriesPalette.rgb(line.colour())));
				event.gc.setAlpha(ALPHA);
				event.gc.fillPolygon(polygon);
			}
			event.gc.setAlpha(alpha);
		}

		@Override
		public boolean drawBehindSeries() {
			return true;
		}
	}
}
