// Spreadsheets uploaded for an import (budget lines, registrations): the same size and types for
// the form that picks the file and for the server that reads it.

export const SPREADSHEET_MAX_BYTES = 2 * 1024 * 1024;

export const SPREADSHEET_ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const SPREADSHEET_TOO_LARGE = 'Ce fichier dépasse 2 Mo : découpez-le en plusieurs fichiers.';
