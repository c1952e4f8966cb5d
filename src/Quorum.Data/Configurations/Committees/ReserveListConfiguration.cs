using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Quorum.Domain.Committees;

namespace Quorum.Data.Configurations.Committees;

internal sealed class ReserveListConfiguration : IEntityTypeConfiguration<ReserveList>
{
    public void Configure(EntityTypeBuilder<ReserveList> builder)
    {
        builder.HasOne<Committee>().WithMany().HasForeignKey(r => r.CommitteeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PartyGroup>().WithMany().HasForeignKey(r => r.PartyGroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<MunicipalYear>().WithMany().HasForeignKey(r => r.MunicipalYearId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Entries).WithOne().HasForeignKey(e => e.ReserveListId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.CommitteeId, r.PartyGroupId, r.MunicipalYearId }).IsUnique();
    }
}
