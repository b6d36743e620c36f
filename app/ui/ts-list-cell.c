/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "ts-list-cell"

#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "ts-list-cell.h"

/* The widths a cell asks, as a GtkInscription's default: room for "…". */
#define DEFAULT_MIN_CHARS 3

/* The metrics of the last fonts cells were measured in: a window's cells
 * use one or two, and a change of the font or its settings adds one. */
#define MAX_CACHED_METRICS 8

struct _TsListCell
{
  GtkWidget parent_instance;

  char *text;
  /* Made when the cell is first given a size, laid out at that size. */
  PangoLayout *layout;
  guint min_chars;
  guint nat_chars;
  float xalign;
  gboolean numeric;
};

G_DEFINE_FINAL_TYPE (TsListCell, ts_list_cell, GTK_TYPE_WIDGET)

/* A font's metrics as a cell uses them, for everything Pango's depend on:
 * the font map (and its fonts, by its serial), the font, the language, the
 * resolution and the font options. */
typedef struct
{
  PangoFontMap *font_map;
  guint font_map_serial;
  PangoFontDescription *font;
  PangoLanguage *language;
  double resolution;
  cairo_font_options_t *options;
  /* In Pango units. */
  int char_width;
  int ascent;
  int descent;
} Metrics;

static GPtrArray *cached_metrics;

static void
metrics_free (gpointer data)
{
  Metrics *metrics = data;

  g_object_unref (metrics->font_map);
  pango_font_description_free (metrics->font);
  g_clear_pointer (&metrics->options, cairo_font_options_destroy);
  g_free (metrics);
}

static gboolean
same_options (const cairo_font_options_t *a,
              const cairo_font_options_t *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return cairo_font_options_equal (a, b);
}

/* What pango_context_get_metrics () says of @context's font, asked once a
 * font rather than at each measure of each cell. */
static const Metrics *
get_metrics (PangoContext *context)
{
  PangoFontMap *font_map = pango_context_get_font_map (context);
  const PangoFontDescription *font = pango_context_get_font_description (context);
  PangoLanguage *language = pango_context_get_language (context);
  double resolution = pango_cairo_context_get_resolution (context);
  const cairo_font_options_t *options = pango_cairo_context_get_font_options (context);
  PangoFontMetrics *font_metrics;
  Metrics *metrics;

  if (cached_metrics == NULL)
    cached_metrics = g_ptr_array_new_with_free_func (metrics_free);

  for (guint i = 0; i < cached_metrics->len; i++)
    {
      metrics = g_ptr_array_index (cached_metrics, i);
      if (metrics->font_map == font_map
          && metrics->font_map_serial == pango_font_map_get_serial (font_map)
          && metrics->language == language
          && metrics->resolution == resolution
          && same_options (metrics->options, options)
          && pango_font_description_equal (metrics->font, font))
        return metrics;
    }

  font_metrics = pango_context_get_metrics (context, NULL, NULL);
  metrics = g_new0 (Metrics, 1);
  metrics->font_map = g_object_ref (font_map);
  metrics->font_map_serial = pango_font_map_get_serial (font_map);
  metrics->font = pango_font_description_copy (font);
  metrics->language = language;
  metrics->resolution = resolution;
  metrics->options = options != NULL ? cairo_font_options_copy (options) : NULL;
  metrics->char_width = MAX (pango_font_metrics_get_approximate_char_width (font_metrics),
                             pango_font_metrics_get_approximate_digit_width (font_metrics));
  metrics->ascent = pango_font_metrics_get_ascent (font_metrics);
  metrics->descent = pango_font_metrics_get_descent (font_metrics);
  pango_font_metrics_unref (font_metrics);

  if (cached_metrics->len == MAX_CACHED_METRICS)
    g_ptr_array_remove_index (cached_metrics, 0);
  g_ptr_array_add (cached_metrics, metrics);
  return metrics;
}

static void
update_alignment (TsListCell *self)
{
  gboolean ltr = gtk_widget_get_direction (GTK_WIDGET (self)) != GTK_TEXT_DIR_RTL;
  PangoAlignment alignment;

  if (self->layout == NULL)
    return;

  if (self->xalign < 0.33)
    alignment = ltr ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT;
  else if (self->xalign < 0.67)
    alignment = PANGO_ALIGN_CENTER;
  else
    alignment = ltr ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT;
  pango_layout_set_alignment (self->layout, alignment);
}

/* The figures of a numeric cell: what style.css's .numeric sets, and what
 * GTK would take from it for an inscription (a widget of our own cannot
 * read the CSS's text attributes). */
static void
update_attributes (TsListCell *self)
{
  PangoAttrList *attributes = NULL;

  if (self->layout == NULL)
    return;

  if (self->numeric)
    {
      attributes = pango_attr_list_new ();
      pango_attr_list_insert (attributes, pango_attr_font_features_new ("tnum 1"));
    }
  pango_layout_set_attributes (self->layout, attributes);
  g_clear_pointer (&attributes, pango_attr_list_unref);
}

static PangoLayout *
ensure_layout (TsListCell *self)
{
  if (self->layout != NULL)
    return self->layout;

  self->layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), self->text);
  pango_layout_set_wrap (self->layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_ellipsize (self->layout, PANGO_ELLIPSIZE_END);
  update_alignment (self);
  update_attributes (self);
  return self->layout;
}

static void
ts_list_cell_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  TsListCell *self = TS_LIST_CELL (widget);
  const Metrics *metrics = get_metrics (gtk_widget_get_pango_context (widget));

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = PANGO_PIXELS_CEIL (self->min_chars * metrics->char_width);
      *natural = PANGO_PIXELS_CEIL (MAX (self->min_chars, self->nat_chars) * metrics->char_width);
    }
  else
    {
      /* One line, its baseline at the font's ascent. */
      *minimum = *natural = PANGO_PIXELS_CEIL (metrics->ascent + metrics->descent);
      *minimum_baseline = *natural_baseline = PANGO_PIXELS_CEIL (metrics->ascent);
    }
}

static void
ts_list_cell_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  PangoLayout *layout = ensure_layout (TS_LIST_CELL (widget));

  /* Wrapped at the width, and cut short, with an ellipsis, at the last
   * line the height holds. */
  pango_layout_set_width (layout, width * PANGO_SCALE);
  pango_layout_set_height (layout, height * PANGO_SCALE);
}

static void
get_layout_location (TsListCell *self,
                     float      *x,
                     float      *y)
{
  GtkWidget *widget = GTK_WIDGET (self);
  int width = gtk_widget_get_width (widget);
  int baseline = gtk_widget_get_allocated_baseline (widget);
  PangoRectangle logical;
  float xalign = self->xalign;

  if (gtk_widget_get_direction (widget) != GTK_TEXT_DIR_LTR)
    xalign = 1.0 - xalign;

  pango_layout_get_pixel_extents (self->layout, NULL, &logical);
  if (pango_layout_get_width (self->layout) > 0)
    *x = 0.f;
  else
    *x = floor (xalign * (width - logical.width) - logical.x);

  /* At the top: on the row's baseline when it has one, else the top. */
  if (baseline != -1)
    *y = baseline - pango_layout_get_baseline (self->layout) / PANGO_SCALE;
  else
    *y = 0.f;
}

static void
ts_list_cell_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  TsListCell *self = TS_LIST_CELL (widget);
  float x, y;

  if (self->text == NULL || self->text[0] == '\0')
    return;

  ensure_layout (self);
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, 0,
                                                         gtk_widget_get_width (widget),
                                                         gtk_widget_get_height (widget)));
  get_layout_location (self, &x, &y);
  gtk_snapshot_render_layout (snapshot, gtk_widget_get_style_context (widget), x, y,
                              self->layout);
  gtk_snapshot_pop (snapshot);
}

static void
ts_list_cell_direction_changed (GtkWidget        *widget,
                                GtkTextDirection  previous_direction)
{
  GTK_WIDGET_CLASS (ts_list_cell_parent_class)->direction_changed (widget, previous_direction);
  update_alignment (TS_LIST_CELL (widget));
}

static void
ts_list_cell_finalize (GObject *object)
{
  TsListCell *self = TS_LIST_CELL (object);

  g_free (self->text);
  g_clear_object (&self->layout);

  G_OBJECT_CLASS (ts_list_cell_parent_class)->finalize (object);
}

static void
ts_list_cell_class_init (TsListCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = ts_list_cell_finalize;
  widget_class->measure = ts_list_cell_measure;
  widget_class->size_allocate = ts_list_cell_size_allocate;
  widget_class->snapshot = ts_list_cell_snapshot;
  widget_class->direction_changed = ts_list_cell_direction_changed;

  /* Not "label": the style sheets have some seventy rules for labels, and
   * each cell would be matched against them all (style.css). */
  gtk_widget_class_set_css_name (widget_class, "celltext");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
ts_list_cell_init (TsListCell *self)
{
  self->min_chars = DEFAULT_MIN_CHARS;
}

GtkWidget *
ts_list_cell_new (void)
{
  return g_object_new (TS_TYPE_LIST_CELL, NULL);
}

const char *
ts_list_cell_get_text (TsListCell *self)
{
  g_return_val_if_fail (TS_IS_LIST_CELL (self), NULL);

  return self->text;
}

/* A screen reader reads the cell by its text. */
void
ts_list_cell_set_text (TsListCell *self,
                       const char *text)
{
  g_return_if_fail (TS_IS_LIST_CELL (self));

  if (g_strcmp0 (self->text, text) == 0)
    return;

  g_free (self->text);
  self->text = g_strdup (text);
  if (self->layout != NULL)
    pango_layout_set_text (self->layout, text != NULL ? text : "", -1);
  /* The size is the characters', not the text's. */
  gtk_widget_queue_draw (GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text != NULL ? text : "",
                                  -1);
}

/* As wide as @min_chars average characters at least, as @nat_chars (or
 * @min_chars, if more) when there is room. */
void
ts_list_cell_set_chars (TsListCell *self,
                        guint       min_chars,
                        guint       nat_chars)
{
  g_return_if_fail (TS_IS_LIST_CELL (self));

  if (self->min_chars == min_chars && self->nat_chars == nat_chars)
    return;

  self->min_chars = min_chars;
  self->nat_chars = nat_chars;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* 0: the text starts at the start of the cell; 1: it ends at its end. */
void
ts_list_cell_set_xalign (TsListCell *self,
                         float       xalign)
{
  g_return_if_fail (TS_IS_LIST_CELL (self));

  self->xalign = CLAMP (xalign, 0.0, 1.0);
  update_alignment (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Figures of even width (a date, an amount), as the style class "numeric"
 * sets them. */
void
ts_list_cell_set_numeric (TsListCell *self,
                          gboolean    numeric)
{
  g_return_if_fail (TS_IS_LIST_CELL (self));

  self->numeric = numeric;
  if (numeric)
    gtk_widget_add_css_class (GTK_WIDGET (self), "numeric");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "numeric");
  update_attributes (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Whether the cell's text, as laid out at the cell's size, is cut short. */
gboolean
ts_list_cell_is_truncated (TsListCell *self)
{
  g_return_val_if_fail (TS_IS_LIST_CELL (self), FALSE);

  return self->layout != NULL && self->text != NULL && pango_layout_is_ellipsized (self->layout);
}
