/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Not a test: the anchor of ".xlsx briefing of N records" in `make bench`
 * (tests/run-bench.py). Plain libxlsxwriter writing the same sheets,
 * cells, links, tables and pictures as a briefing Tianshan wrote:
 * `bench-xlsx-anchor DIR OUT.xlsx`, where DIR is what
 * tests/bench-xlsx-dump.py made of that briefing (outside the timing).
 *
 * Like ours, it first reads its input into memory (every cell, as ours
 * loads every record from the store), then writes the workbook the way
 * libxlsxwriter's own examples do: one format per style, made once, each
 * cell written with its text as it is. The runner times the whole process
 * and its peak memory, as it times ours; the program prints its two parts.
 * Charts and print settings are left out (a few calls each). */

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <xlsxwriter.h>

#define MAX_FIELDS 256

typedef struct
{
  char        kind;    /* c cell, u link, w width, h height, f freeze, m merge, t table, i image */
  char        type;    /* of a cell: s string, n number, b blank */
  unsigned    row;
  unsigned    col;
  unsigned    style;   /* an index into the formats */
  double      number;
  const char *text;
  const char *url;
  char      **fields;  /* of a table or an image */
  int         n_fields;
} Op;

typedef struct
{
  char *name;
  Op   *ops;
  size_t n_ops;
} Sheet;

static const char *directory;
static size_t n_errors;

static double
now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void *
xmalloc (size_t size)
{
  void *p = malloc (size ? size : 1);

  if (p == NULL)
    {
      fprintf (stderr, "out of memory\n");
      exit (EXIT_FAILURE);
    }
  return p;
}

static char *
read_file (const char *name,
           size_t     *size)
{
  char path[4096];
  FILE *file;
  char *text;
  long length;

  snprintf (path, sizeof path, "%s/%s", directory, name);
  file = fopen (path, "rb");
  if (file == NULL || fseek (file, 0, SEEK_END) != 0 || (length = ftell (file)) < 0
      || fseek (file, 0, SEEK_SET) != 0)
    {
      fprintf (stderr, "%s: %s\n", path, strerror (errno));
      exit (EXIT_FAILURE);
    }
  text = xmalloc (length + 1);
  if (fread (text, 1, length, file) != (size_t) length)
    {
      fprintf (stderr, "%s: cannot read it\n", path);
      exit (EXIT_FAILURE);
    }
  text[length] = '\0';
  fclose (file);
  *size = length;
  return text;
}

/* Undoes the dump's escapes in place. */
static char *
unescape (char *text)
{
  char *in = text, *out = text;

  for (; *in != '\0'; in++)
    {
      if (*in == '\\' && in[1] != '\0')
        {
          in++;
          *out++ = *in == 't' ? '\t' : *in == 'n' ? '\n' : *in == 'r' ? '\r' : *in;
        }
      else
        *out++ = *in;
    }
  *out = '\0';
  return text;
}

/* Splits @line at tabs in place: the number of fields. */
static int
split (char  *line,
       char **fields,
       int    max_fields)
{
  int n = 0;

  while (n < max_fields)
    {
      char *tab = strchr (line, '\t');

      fields[n++] = unescape (line);
      if (tab == NULL)
        break;
      *tab = '\0';
      line = tab + 1;
    }
  return n;
}

/* How many lines @text has. */
static size_t
count_lines (const char *text)
{
  size_t n = 0;

  for (const char *p = text; (p = strchr (p, '\n')) != NULL; p++)
    n++;
  return n;
}

static Sheet *
read_sheets (size_t *n_sheets)
{
  size_t size;
  char *list = read_file ("sheets.tsv", &size);
  Sheet *sheets = xmalloc (sizeof (Sheet) * (count_lines (list) + 1));
  char *line, *next;

  *n_sheets = 0;
  for (line = list; *line != '\0'; line = next)
    {
      char *fields[2];
      char *body;
      Sheet *sheet = &sheets[(*n_sheets)++];

      next = strchr (line, '\n');
      *next++ = '\0';
      if (split (line, fields, 2) != 2)
        {
          fprintf (stderr, "sheets.tsv: a line without a file\n");
          exit (EXIT_FAILURE);
        }
      sheet->name = fields[0];
      body = read_file (fields[1], &size);
      sheet->ops = xmalloc (sizeof (Op) * (count_lines (body) + 1));
      sheet->n_ops = 0;
      for (char *l = body, *n; *l != '\0'; l = n)
        {
          char *f[MAX_FIELDS];
          int n_fields;
          Op *op = &sheet->ops[sheet->n_ops++];

          n = strchr (l, '\n');
          *n++ = '\0';
          n_fields = split (l, f, MAX_FIELDS);
          memset (op, 0, sizeof *op);
          op->kind = f[0][0];
          op->row = n_fields > 1 ? strtoul (f[1], NULL, 10) : 0;
          op->col = n_fields > 2 ? strtoul (f[2], NULL, 10) : 0;
          switch (op->kind)
            {
            case 'c':
              op->style = strtoul (f[3], NULL, 10);
              op->type = f[4][0];
              op->text = f[5];
              if (op->type == 'n')
                op->number = strtod (f[5], NULL);
              break;
            case 'u':
              op->style = strtoul (f[3], NULL, 10);
              op->url = f[4];
              op->text = f[5];
              break;
            case 'w':
              op->number = strtod (f[3], NULL);
              op->style = strtoul (f[4], NULL, 10);
              break;
            case 'h':
              op->number = strtod (f[2], NULL);
              break;
            default:
              op->fields = xmalloc (sizeof (char *) * n_fields);
              memcpy (op->fields, f, sizeof (char *) * n_fields);
              op->n_fields = n_fields;
              break;
            }
        }
    }
  return sheets;
}

static lxw_format **
read_formats (lxw_workbook *workbook,
              size_t       *n_formats)
{
  size_t size;
  char *text = read_file ("formats.tsv", &size);
  lxw_format **formats = xmalloc (sizeof (lxw_format *) * (count_lines (text) + 1));
  char *line, *next;

  *n_formats = 0;
  for (line = text; *line != '\0'; line = next)
    {
      char *f[12];
      lxw_format *format;

      next = strchr (line, '\n');
      *next++ = '\0';
      if (split (line, f, 12) != 12)
        {
          fprintf (stderr, "formats.tsv: a line of too few fields\n");
          exit (EXIT_FAILURE);
        }
      if (*n_formats == 0)
        {
          /* The workbook's default. */
          formats[(*n_formats)++] = NULL;
          continue;
        }
      format = workbook_add_format (workbook);
      if (f[2][0] != '\0')
        format_set_num_format (format, f[2]);
      else if (atoi (f[1]) != 0)
        format_set_num_format_index (format, (uint8_t) atoi (f[1]));
      if (atoi (f[3]))
        format_set_bold (format);
      if (atoi (f[4]))
        format_set_italic (format);
      if (atoi (f[5]))
        format_set_underline (format, LXW_UNDERLINE_SINGLE);
      if (f[6][0] != '\0')
        format_set_font_color (format, (lxw_color_t) strtoul (f[6], NULL, 16));
      if (f[7][0] != '\0' && strtod (f[7], NULL) != 11)
        format_set_font_size (format, strtod (f[7], NULL));
      if (atoi (f[8]))
        format_set_text_wrap (format);
      if (strcmp (f[9], "left") == 0)
        format_set_align (format, LXW_ALIGN_LEFT);
      else if (strcmp (f[9], "center") == 0)
        format_set_align (format, LXW_ALIGN_CENTER);
      else if (strcmp (f[9], "right") == 0)
        format_set_align (format, LXW_ALIGN_RIGHT);
      if (strcmp (f[10], "top") == 0)
        format_set_align (format, LXW_ALIGN_VERTICAL_TOP);
      else if (strcmp (f[10], "center") == 0)
        format_set_align (format, LXW_ALIGN_VERTICAL_CENTER);
      if (strcmp (f[11], "thin") == 0)
        format_set_bottom (format, LXW_BORDER_THIN);
      else if (strcmp (f[11], "medium") == 0)
        format_set_bottom (format, LXW_BORDER_MEDIUM);
      formats[(*n_formats)++] = format;
    }
  return formats;
}

static void
check (lxw_error error)
{
  if (error != LXW_NO_ERROR)
    {
      if (n_errors++ < 5)
        fprintf (stderr, "libxlsxwriter: %s\n", lxw_strerror (error));
    }
}

static lxw_format *
format_of (lxw_format **formats,
           size_t       n_formats,
           unsigned     style)
{
  return style < n_formats ? formats[style] : NULL;
}

/* The table's header cells keep their format: the header row's cells,
 * which come first among the cells of that row in @data. */
static void
add_table (lxw_worksheet *sheet,
           const Sheet   *data,
           const Op      *op,
           lxw_format   **formats,
           size_t         n_formats)
{
  /* t FIRST_ROW FIRST_COL LAST_ROW LAST_COL NAME STYLE HEADER… */
  int n_columns = op->n_fields > 7 ? op->n_fields - 7 : 0;
  lxw_table_column *columns = xmalloc (sizeof (lxw_table_column) * (n_columns + 1));
  lxw_table_column **pointers = xmalloc (sizeof (lxw_table_column *) * (n_columns + 1));
  lxw_table_options options = { 0 };
  const char *style = op->fields[6];
  int number;

  memset (columns, 0, sizeof (lxw_table_column) * (n_columns + 1));
  for (int i = 0; i < n_columns; i++)
    {
      columns[i].header = op->fields[7 + i];
      pointers[i] = &columns[i];
    }
  for (size_t j = 0; j < data->n_ops; j++)
    {
      const Op *cell = &data->ops[j];
      long i = (long) cell->col - atol (op->fields[2]);

      if (cell->kind != 'c' && cell->kind != 'u')
        continue;
      if (cell->row > op->row)
        break;
      if (cell->row == op->row && i >= 0 && i < n_columns)
        columns[i].header_format = format_of (formats, n_formats, cell->style);
    }
  pointers[n_columns] = NULL;
  options.name = op->fields[5];
  options.columns = pointers;
  if (sscanf (style, "TableStyleLight%d", &number) == 1)
    options.style_type = LXW_TABLE_STYLE_TYPE_LIGHT;
  else if (sscanf (style, "TableStyleMedium%d", &number) == 1)
    options.style_type = LXW_TABLE_STYLE_TYPE_MEDIUM;
  else if (sscanf (style, "TableStyleDark%d", &number) == 1)
    options.style_type = LXW_TABLE_STYLE_TYPE_DARK;
  else
    number = 0;
  options.style_type_number = (uint8_t) number;
  check (worksheet_add_table (sheet, atoi (op->fields[1]), atoi (op->fields[2]),
                              atoi (op->fields[3]), atoi (op->fields[4]), &options));
}

static void
write_sheet (lxw_workbook *workbook,
             const Sheet  *data,
             lxw_format  **formats,
             size_t        n_formats)
{
  lxw_worksheet *sheet = workbook_add_worksheet (workbook, data->name);

  if (sheet == NULL)
    {
      fprintf (stderr, "cannot add the sheet %s\n", data->name);
      exit (EXIT_FAILURE);
    }

  for (size_t i = 0; i < data->n_ops; i++)
    {
      const Op *op = &data->ops[i];
      lxw_format *format = format_of (formats, n_formats, op->style);

      switch (op->kind)
        {
        case 'c':
          if (op->type == 'n')
            check (worksheet_write_number (sheet, op->row, op->col, op->number, format));
          else if (op->type == 'b')
            check (worksheet_write_blank (sheet, op->row, op->col, format));
          else
            check (worksheet_write_string (sheet, op->row, op->col, op->text, format));
          break;
        case 'u':
          check (worksheet_write_url_opt (sheet, op->row, op->col, op->url, format, op->text,
                                          NULL));
          break;
        case 'w':
          check (worksheet_set_column (sheet, op->row, op->col, op->number, format));
          break;
        case 'h':
          check (worksheet_set_row (sheet, op->row, op->number, NULL));
          break;
        case 'f':
          worksheet_freeze_panes (sheet, op->row, op->col);
          break;
        case 'm':
          {
            /* The merged range's text and format are its first cell's. */
            unsigned last_row = strtoul (op->fields[3], NULL, 10);
            unsigned last_col = strtoul (op->fields[4], NULL, 10);
            const Op *first = NULL;

            for (size_t j = 0; j < data->n_ops && first == NULL; j++)
              if (data->ops[j].kind == 'c' && data->ops[j].row == op->row
                  && data->ops[j].col == op->col)
                first = &data->ops[j];
            check (worksheet_merge_range (sheet, op->row, op->col, last_row, last_col,
                                          first != NULL && first->type == 's' ? first->text : "",
                                          first != NULL ? format_of (formats, n_formats,
                                                                     first->style)
                                                        : NULL));
            break;
          }
        case 't':
          add_table (sheet, data, op, formats, n_formats);
          break;
        case 'i':
          {
            char path[4096];
            lxw_image_options options = { 0 };

            options.x_offset = atoi (op->fields[3]);
            options.y_offset = atoi (op->fields[4]);
            options.x_scale = strtod (op->fields[5], NULL);
            options.y_scale = strtod (op->fields[6], NULL);
            snprintf (path, sizeof path, "%s/%s", directory, op->fields[7]);
            check (worksheet_insert_image_opt (sheet, op->row, op->col, path, &options));
            break;
          }
        default:
          break;
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  lxw_workbook *workbook;
  lxw_format **formats;
  Sheet *sheets;
  size_t n_sheets, n_formats, n_cells = 0;
  double start, read_done;
  lxw_error closed;

  if (argc != 3)
    {
      fprintf (stderr, "usage: %s DIR OUT.xlsx\n", argv[0]);
      return EXIT_FAILURE;
    }
  directory = argv[1];

  start = now ();
  sheets = read_sheets (&n_sheets);
  read_done = now ();

  workbook = workbook_new (argv[2]);
  if (workbook == NULL)
    {
      fprintf (stderr, "%s: cannot make a workbook\n", argv[2]);
      return EXIT_FAILURE;
    }
  formats = read_formats (workbook, &n_formats);
  for (size_t s = 0; s < n_sheets; s++)
    {
      write_sheet (workbook, &sheets[s], formats, n_formats);
      for (size_t i = 0; i < sheets[s].n_ops; i++)
        n_cells += sheets[s].ops[i].kind == 'c' || sheets[s].ops[i].kind == 'u';
    }
  closed = workbook_close (workbook);
  if (closed != LXW_NO_ERROR)
    {
      fprintf (stderr, "%s: %s\n", argv[2], lxw_strerror (closed));
      return EXIT_FAILURE;
    }

  printf ("%s: %zu cells in %zu sheets, %zu formats; read %.3f s, written %.3f s%s\n", argv[2],
          n_cells, n_sheets, n_formats - 1, read_done - start, now () - read_done,
          n_errors > 0 ? " (with errors)" : "");
  return n_errors > 0 ? EXIT_FAILURE : EXIT_SUCCESS;
}
