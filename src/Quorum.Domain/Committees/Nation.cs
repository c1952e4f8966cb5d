namespace Quorum.Domain.Committees;

/// <summary>
/// The part of the United Kingdom whose local government law a council works under. Access to information,
/// executive arrangements and bank holidays differ between them, so no rule may assume England.
/// </summary>
public enum Nation
{
    England,
    Wales,
    Scotland,
    NorthernIreland,
}
