namespace Quorum.Domain.Meetings;

/// <summary>
/// The paragraph of Schedule 12A to the Local Government Act 1972 (Part 1, paragraphs 1-7, England) under which
/// information is exempt and the press and public may be excluded.
/// </summary>
public sealed record Schedule12AParagraph
{
    private static readonly string[] Descriptions =
    [
        "Information relating to any individual.",
        "Information which is likely to reveal the identity of an individual.",
        "Information relating to the financial or business affairs of any particular person (including the authority holding that information).",
        "Information relating to any consultations or negotiations, or contemplated consultations or negotiations, in connection with any labour relations matter arising between the authority or a Minister of the Crown and employees of, or office holders under, the authority.",
        "Information in respect of which a claim to legal professional privilege could be maintained in legal proceedings.",
        "Information which reveals that the authority proposes to give under any enactment a notice by virtue of which requirements are imposed on a person, or to make an order or direction under any enactment.",
        "Information relating to any action taken or to be taken in connection with the prevention, investigation or prosecution of crime.",
    ];

    public Schedule12AParagraph(int number)
    {
        if (number is < 1 or > 7)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, $"Schedule 12A paragraph {number} does not exist: exempt information is under paragraphs 1 to 7.");
        }
        Number = number;
    }

    public int Number { get; }

    public string Description => Descriptions[Number - 1];

    public override string ToString() => $"paragraph {Number} of Part 1 of Schedule 12A to the Local Government Act 1972";
}
