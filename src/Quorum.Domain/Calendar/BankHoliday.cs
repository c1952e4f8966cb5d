using NodaTime;

namespace Quorum.Domain.Calendar;

/// <summary>A day on which council offices are closed by law or proclamation in England and Wales.</summary>
public sealed record BankHoliday(LocalDate Date, string Name);

/// <summary>
/// A royal proclamation that adds a one-off holiday or moves a regular one (CAL-1 BH-8). When
/// <see cref="Replaces"/> is set, the rule-generated date it names is no longer a holiday.
/// </summary>
public sealed record BankHolidayProclamation(LocalDate Date, string Name, LocalDate? Replaces = null);
