export type { CareSetting } from './careSetting';
export { careSettings } from './careSetting';
export type { Role, RoleGroup } from './roleCatalogue';
export {
  ROLE_CODE_SYSTEM,
  findRole,
  isRoleCode,
  roleCatalogue,
  roleGroup,
  roleLabel,
} from './roleCatalogue';
