using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Quorum.Domain.Committees;
using Quorum.Domain.Interests;
using Quorum.Domain.People;

namespace Quorum.Data.Configurations.Interests;

internal sealed class DispensationConfiguration : IEntityTypeConfiguration<Dispensation>
{
    public void Configure(EntityTypeBuilder<Dispensation> builder)
    {
        builder.Property(d => d.Scope).HasMaxLength(1000);
        builder.Property(d => d.GrantedBy).HasMaxLength(200);
        builder.HasOne<Person>().WithMany().HasForeignKey(d => d.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Committee>().WithMany().HasForeignKey(d => d.CommitteeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.PersonId, d.Expires });
    }
}
