package nl.jeugdregie.messages;

/**
 * Published when an intake run of a source begins: before its first batch is written, outside any
 * transaction, so those who follow the store may prepare for many rows at once.
 */
public record IntakeBegonnen() {
}
