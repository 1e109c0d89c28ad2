export default async function letter() {}
