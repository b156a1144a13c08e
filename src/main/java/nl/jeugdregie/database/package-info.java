/**
 * Database work every module's SQL shares, whichever engine is underneath: many rows at once
 * ({@link nl.jeugdregie.database.Kopieer}) and planner statistics that keep up with a fast-filling
 * store ({@link nl.jeugdregie.database.Statistieken}). It knows no module's tables.
 */
package nl.jeugdregie.database;
