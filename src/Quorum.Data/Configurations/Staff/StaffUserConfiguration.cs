using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Quorum.Data.Staff;
using Quorum.Domain.Committees;
using Quorum.Domain.People;

namespace Quorum.Data.Configurations.Staff;

internal sealed class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.HasOne<Person>().WithMany().HasForeignKey(u => u.PersonId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Council>().WithMany().HasForeignKey(u => u.CouncilId).OnDelete(DeleteBehavior.Cascade);
    }
}
